using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Problems;

/// <summary>
/// Turns what escapes a handler into problem details for /api: a request the server could not
/// read or store is a 4xx (<see cref="BadInput"/>), a concurrent change a 409, a shared service
/// that is away (Redis) a 503, anything else a logged 500. Pages fall through to the friendly
/// error page.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has pointed the request at /error; the feature keeps the original path.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ProblemDetails problem = BadInput.StatusCode(exception) is { } badInput
            ? new ProblemDetails { Status = badInput, Detail = BadInput.Detail(exception) }
            : exception switch
            {
                ValidationException validation => new HttpValidationProblemDetails(
                    validation.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray(), StringComparer.Ordinal))
                {
                    Status = StatusCodes.Status400BadRequest,
                },
                DbUpdateConcurrencyException => new ProblemDetails { Status = StatusCodes.Status409Conflict },

                // A unique key that two requests raced for (a slug, a tax code): the loser is told to retry.
                DbUpdateException => new ProblemDetails { Status = StatusCodes.Status409Conflict },

                // The same, as PostgreSQL's retrying strategy reports it inside a transaction of ours (a deadlock, a serialization failure).
                InvalidOperationException { InnerException: DbUpdateException } => new ProblemDetails { Status = StatusCodes.Status409Conflict },
                // Redis, shared by the instances, is away (its rate-limit counters): not the caller's fault, worth a retry.
                StackExchange.Redis.RedisException => new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable },
                _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError },
            };

        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        problem.Instance = path;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
