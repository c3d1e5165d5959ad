using Marketplace.SharedKernel.Results;
using Microsoft.AspNetCore.Http;

namespace Marketplace.SharedKernel.Web;

/// <summary>
/// The one place an expected failure becomes an HTTP answer: RFC 7807 problem details with the
/// status its <see cref="ErrorType"/> calls for and the error code as an extension, which the
/// host uses to put the title into the request's language.
/// </summary>
public static class ResultHttpExtensions
{
    public const string ErrorCodeExtension = "code";

    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.IsSuccess ? onSuccess(result.Value) : result.Error!.ToProblem();
    }

    public static IResult ToProblem(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?> { [ErrorCodeExtension] = error.Code };
        if (error.Type == ErrorType.Validation)
        {
            return TypedResults.ValidationProblem(
                error.Fields ?? new Dictionary<string, string[]>(),
                title: error.Message,
                extensions: extensions);
        }

        if (error.Fields is not null)
        {
            extensions["errors"] = error.Fields;
        }

        return TypedResults.Problem(title: error.Message, statusCode: StatusCodeOf(error.Type), extensions: extensions);
    }

    public static int StatusCodeOf(ErrorType type) => type switch
    {
        ErrorType.Validation => StatusCodes.Status400BadRequest,
        ErrorType.NotFound => StatusCodes.Status404NotFound,
        ErrorType.Conflict => StatusCodes.Status409Conflict,
        ErrorType.RuleBroken => StatusCodes.Status409Conflict,
        ErrorType.Forbidden => StatusCodes.Status403Forbidden,
        ErrorType.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorType.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };
}
