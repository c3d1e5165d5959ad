using System.Text;
using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Web.Infrastructure.Problems;

/// <summary>
/// The one place every request's envelope is checked before any endpoint reads it, so that no
/// endpoint can fail on it with a 500: a Content-Type that does not parse, a charset .NET cannot
/// decode (415), a multipart body without a usable boundary, and control characters in the path
/// or the query string (a NUL there reached PostgreSQL, which refuses it). The API answers with
/// problem details in the caller's language; pages with the status page.
/// </summary>
internal static class RequestGuard
{
    /// <summary>RFC 2046 §5.1.1: a boundary is 1 to 70 characters.</summary>
    private const int MaxBoundaryLength = 70;

    public static IApplicationBuilder UseRequestGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The status page re-executes with the same request: let it say what was wrong.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || Check(context.Request) is not { } refusal)
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = refusal.Status;
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                var problem = new ProblemDetails { Status = refusal.Status, Detail = refusal.Detail };
                problem.Extensions[ResultHttpExtensions.ErrorCodeExtension] = refusal.Code;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            }

            // Pages: the status page (UseStatusCodePagesWithReExecute) says it in the reader's language.
        });

    internal readonly record struct Refusal(int Status, string Code, string Detail);

    internal static Refusal? Check(HttpRequest request)
    {
        if (HasControlCharacter(request.Path.Value)
            || request.QueryString.HasValue && request.Query.Any(p => HasControlCharacter(p.Key) || p.Value.Any(HasControlCharacter)))
        {
            return new Refusal(StatusCodes.Status400BadRequest, "request.control_characters", "The address holds control characters (such as NUL).");
        }

        if (string.IsNullOrEmpty(request.ContentType))
        {
            return null;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            return new Refusal(StatusCodes.Status400BadRequest, "request.content_type", "The Content-Type header cannot be read.");
        }

        if (contentType.Charset.HasValue && !IsKnownEncoding(contentType.Charset.Value!))
        {
            return new Refusal(
                StatusCodes.Status415UnsupportedMediaType,
                "request.charset",
                $"The charset '{Printable(contentType.Charset.Value!)}' is not supported: send UTF-8.");
        }

        if (contentType.MediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary);
            if (boundary.Length is 0 or > MaxBoundaryLength)
            {
                return new Refusal(
                    StatusCodes.Status400BadRequest, "request.boundary", "A multipart body needs a boundary of 1 to 70 characters in its Content-Type.");
            }
        }

        return null;
    }

    private static bool IsKnownEncoding(string charset)
    {
        try
        {
            var name = HeaderUtilities.RemoveQuotes(charset).ToString();
            // "utf8": a common misspelling MVC reads as UTF-8
            _ = Encoding.GetEncoding(name.Equals("utf8", StringComparison.OrdinalIgnoreCase) ? "utf-8" : name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool HasControlCharacter(string? text) =>
        text is not null && (text.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || text.Contains('\u007f', StringComparison.Ordinal));

    /// <summary>The caller's own text, echoed only as printable ASCII and at most 40 characters.</summary>
    private static string Printable(string text) =>
        new(text.Take(40).Select(c => c is >= ' ' and < '\u007f' ? c : '?').ToArray());
}
