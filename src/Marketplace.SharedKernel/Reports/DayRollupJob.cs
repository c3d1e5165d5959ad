using System.Diagnostics;
using Marketplace.SharedKernel.Diagnostics;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Reports;

/// <summary>Configuration section "Reports".</summary>
public sealed class ReportRollupOptions
{
    public const string Section = "Reports";

    /// <summary>How often the rollups are kept built ahead of the admins; zero turns the rounds off (a report still builds what it lacks).</summary>
    public TimeSpan RollupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after the instance starts the first round runs: not in the way of its start.</summary>
    public TimeSpan FirstRollupAfter { get; set; } = TimeSpan.FromMinutes(1);
}

public static class DayRollupRegistration
{
    /// <summary>A report read from rollups (<typeparamref name="TReader"/>, scoped), and the round that keeps them built.</summary>
    public static IServiceCollection AddDayRollups<TReader>(this IServiceCollection services)
        where TReader : class, IDayRollups
    {
        services.AddOptions<ReportRollupOptions>().BindConfiguration(ReportRollupOptions.Section);
        services.AddScoped<TReader>();
        services.AddHostedService<DayRollupJob<TReader>>();
        return services;
    }
}

/// <summary>
/// Keeps a report's rollups built before an admin asks (<see cref="IDayRollups.KeepAsync"/>):
/// the first to ask a year's report would otherwise wait while every month of it is summed. Runs on
/// one instance at a time, the one holding the report's lease; a round finds the rollups still
/// fresh and builds only the day just closed, or those a late change made stale.
/// </summary>
internal sealed partial class DayRollupJob<TReader>(
    IServiceScopeFactory scopes,
    InstanceIdentity instance,
    TimeProvider clock,
    IOptions<ReportRollupOptions> options,
    ILogger<DayRollupJob<TReader>> logger)
    : BackgroundService
    where TReader : IDayRollups
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RollupInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        string job;
        await using (var named = scopes.CreateAsyncScope())
        {
            job = named.ServiceProvider.GetRequiredService<TReader>().Job;
        }

        await Task.Delay(options.Value.FirstRollupAfter, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (!stoppingToken.IsCancellationRequested)
        {
            using var activity = MarketplaceTelemetry.Source.StartActivity($"job {job}", ActivityKind.Internal, parentContext: default);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var reader = scope.ServiceProvider.GetRequiredService<TReader>();
                if (await reader.TryLeadAsync(instance.Name, interval * 3, stoppingToken))
                {
                    activity?.SetTag("marketplace.rollups.built", await reader.KeepAsync(clock.Today(), stoppingToken));
                    MarketplaceTelemetry.RecordJobRun(job, "completed");
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
                MarketplaceTelemetry.RecordJobRun(job, "failed");
                LogRoundFailed(logger, ex, job);
            }

            await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Report rollup round {Job} failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string job);
}
