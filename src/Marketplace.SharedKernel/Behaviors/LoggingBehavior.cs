using System.Diagnostics;
using Marketplace.SharedKernel.Results;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.SharedKernel.Behaviors;

/// <summary>Logs each message with how long it took and, when it failed, the error code.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response is IResultOutcome { IsSuccess: false, Error: { } error })
            {
                LogFailed(logger, typeof(TMessage).Name, error.Code, elapsed);
            }
            else
            {
                LogHandled(logger, typeof(TMessage).Name, elapsed);
            }

            return response;
        }
        catch (Exception ex)
        {
            LogThrew(logger, ex, typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Message} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} failed with {ErrorCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string message, string errorCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Message} threw after {ElapsedMs:0.0} ms")]
    private static partial void LogThrew(ILogger logger, Exception exception, string message, double elapsedMs);
}
