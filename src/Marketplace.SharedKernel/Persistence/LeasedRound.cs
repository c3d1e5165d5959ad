using System.Diagnostics;
using Marketplace.SharedKernel.Diagnostics;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// A module's job run in rounds: every <see cref="Interval"/>, on the one instance holding the
/// job's lease (three intervals long, so a stopped leader hands over; kept in the module's own
/// <typeparamref name="TContext"/>), in a scope of its own. A failed round is logged and counted,
/// and the next round tries again.
/// </summary>
public abstract partial class LeasedRound<TContext>(IServiceScopeFactory scopes, InstanceIdentity instance, TimeProvider clock, ILogger logger)
    : BackgroundService
    where TContext : ModuleDbContext
{
    protected abstract string JobName { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One round's work, sent through the mediator so it runs in the module's transaction.</summary>
    protected abstract Task RunAsync(ISender sender, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                if (await db.TryLeadAsync(JobName, instance.Name, Interval * 3, clock.GetUtcNow(), stoppingToken))
                {
                    using var activity = MarketplaceTelemetry.Source.StartActivity($"job {JobName}", ActivityKind.Internal, parentContext: default);
                    await RunAsync(scope.ServiceProvider.GetRequiredService<ISender>(), stoppingToken);
                    MarketplaceTelemetry.RecordJobRun(JobName, "completed");
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly away; the next round finds the same work.
                MarketplaceTelemetry.RecordJobRun(JobName, "failed");
                LogRoundFailed(logger, ex, JobName);
            }

            await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job}: the round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string job);
}
