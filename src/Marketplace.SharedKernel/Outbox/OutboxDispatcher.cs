using Marketplace.SharedKernel.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Outbox;

/// <summary>
/// The background loop that drains one module's outbox: a pass when this process commits a message
/// (<see cref="OutboxSignals"/>), and one every poll interval for what it was not told of (another
/// instance's, a retry come due). Messages committed while the process was down are picked up on
/// the first pass after the next start.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    OutboxProcessor<TContext> processor,
    OutboxSignals signals,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Taken before the pass: a message committed during it wakes the next pass at once.
                var woken = signals.Next(typeof(TContext));
                if (await processor.ProcessPendingAsync(stoppingToken) > 0)
                {
                    continue; // a pass takes a batch: a backlog (many messages in one commit, or after a start) is drained without waiting
                }

                using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(woken, Task.Delay(options.Value.PollInterval, clock, waiting.Token));
                await waiting.CancelAsync(); // the timer, when woken before it
                stoppingToken.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable; the messages wait in the outbox.
                LogPassFailed(logger, ex, typeof(TContext).Name);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox pass of {Context} failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string context);
}
