using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Web;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure.Problems;

/// <summary>
/// Puts every problem-details title into the request's language: by the error's code when it
/// has one ("problem.storefront.not_found"), otherwise by its status.
/// </summary>
internal static class ProblemLocalization
{
    public static void Localize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);

        if (problem.Extensions.TryGetValue(ResultHttpExtensions.ErrorCodeExtension, out var code) && code is string errorCode)
        {
            var byCode = text["problem." + errorCode];
            if (!byCode.ResourceNotFound)
            {
                problem.Title = byCode.Value;
                return;
            }

            // Modules word their own errors in the request's language; keep their title.
            if (!string.IsNullOrEmpty(problem.Title) && errorCode != "validation")
            {
                return;
            }
        }

        var key = problem is HttpValidationProblemDetails ? "validation" : StatusKey(problem.Status ?? StatusCodes.Status500InternalServerError);
        var byStatus = text["problem." + key];
        if (!byStatus.ResourceNotFound)
        {
            problem.Title = byStatus.Value;
        }
    }

    private static string StatusKey(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "badrequest",
        StatusCodes.Status401Unauthorized => "unauthorized",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "notfound",
        StatusCodes.Status405MethodNotAllowed => "methodnotallowed",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status415UnsupportedMediaType => "unsupportedmediatype",
        StatusCodes.Status429TooManyRequests => "toomanyrequests",
        _ => "server",
    };
}
