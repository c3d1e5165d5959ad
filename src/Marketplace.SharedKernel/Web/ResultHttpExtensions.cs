using Marketplace.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.SharedKernel.Web;

/// <summary>
/// The one place an expected failure becomes an HTTP answer: RFC 7807 problem details with the
/// status its <see cref="ErrorType"/> calls for and the error code as an extension, which the
/// host uses to put the title into the request's language.
/// </summary>
public static class ResultHttpExtensions
{
    public const string ErrorCodeExtension = "code";

    /// <summary>
    /// The answer's type names every result it can be, so the OpenAPI document lists the success
    /// body and the problems from the endpoint's own signature and cannot drift from it.
    /// </summary>
    public static Results<TSuccess, ValidationProblem, ProblemHttpResult> ToHttpResult<T, TSuccess>(this Result<T> result, Func<T, TSuccess> onSuccess)
        where TSuccess : IResult
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        if (result.IsSuccess)
        {
            return onSuccess(result.Value);
        }

        return result.Error!.Type == ErrorType.Validation ? result.Error.ToValidationProblem() : result.Error.ToProblemHttpResult();
    }

    /// <summary>A failure of the request's fields: 400 with each field's messages.</summary>
    public static ValidationProblem ToValidationProblem(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return TypedResults.ValidationProblem(
            error.Fields ?? new Dictionary<string, string[]>(),
            title: error.Message,
            extensions: new Dictionary<string, object?> { [ErrorCodeExtension] = error.Code });
    }

    /// <summary>Any other failure: the status its type calls for.</summary>
    public static ProblemHttpResult ToProblemHttpResult(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?> { [ErrorCodeExtension] = error.Code };
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
        ErrorType.TooMany => StatusCodes.Status429TooManyRequests,
        ErrorType.Forbidden => StatusCodes.Status403Forbidden,
        ErrorType.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorType.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };
}
