using System.Diagnostics;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel.Diagnostics;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>Configuration section "OrderReports".</summary>
internal sealed class OrderReportOptions
{
    public const string Section = "OrderReports";

    /// <summary>How often the rollups are kept built ahead of the admins; zero turns the job off (a report still builds what it lacks).</summary>
    public TimeSpan RollupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after the instance starts the first round runs: not in the way of its start.</summary>
    public TimeSpan FirstRollupAfter { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Keeps the orders report's rollups built before an admin asks (<see cref="OrderFactsReader.KeepAsync"/>):
/// the first to ask a year's report would otherwise wait while every month of it is summed. Runs on
/// one instance at a time, the one holding the job's lease; a round finds the rollups still fresh
/// and builds only the day just closed, or those a late cancellation made stale.
/// </summary>
internal sealed partial class OrderReportRollupJob(
    IServiceScopeFactory scopes,
    InstanceIdentity instance,
    TimeProvider clock,
    IOptions<OrderReportOptions> options,
    ILogger<OrderReportRollupJob> logger)
    : BackgroundService
{
    public const string Job = "order-report-rollups";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RollupInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        await Task.Delay(options.Value.FirstRollupAfter, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (!stoppingToken.IsCancellationRequested)
        {
            using var activity = MarketplaceTelemetry.Source.StartActivity($"job {Job}", ActivityKind.Internal, parentContext: default);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
                if (await db.TryLeadAsync(Job, instance.Name, interval * 3, clock.GetUtcNow(), stoppingToken))
                {
                    var reader = new OrderFactsReader(db, scopes, clock, logger);
                    activity?.SetTag("marketplace.rollups.built", await reader.KeepAsync(clock.Today(), stoppingToken));
                    MarketplaceTelemetry.RecordJobRun(Job, "completed");
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The reports build what they lack themselves; the next round tries again.
                MarketplaceTelemetry.Fail(activity, ex);
                MarketplaceTelemetry.RecordJobRun(Job, "failed");
                LogRoundFailed(logger, ex);
            }

            await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Order report rollup round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
