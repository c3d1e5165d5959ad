using System.Diagnostics;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Settling;
using Marketplace.Payments.Features.WalletPayments;
using Marketplace.SharedKernel.Diagnostics;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.Deadlines;

/// <summary>
/// Looks at the payment deadlines every <see cref="PaymentsOptions.DeadlineCheckInterval"/>, on
/// the marketplace's clock, on one instance at a time: the one that holds the job's lease (so
/// an overdue card payment is cancelled at Stripe once, not once per instance). The same round
/// gives back wallet payments that paid nothing and the wallet did not take back at once, and
/// settles with the cooperatives: earnings released, debts asked for, reminded or paused.
/// </summary>
internal sealed partial class PaymentDeadlineWatcher(
    IServiceScopeFactory scopes,
    InstanceIdentity instance,
    TimeProvider clock,
    IOptions<PaymentsOptions> options,
    ILogger<PaymentDeadlineWatcher> logger)
    : BackgroundService
{
    public const string Job = "payment-deadlines";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await LeadsAsync(stoppingToken))
                {
                    await RunRoundAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly away; the deadlines wait for the next round.
                LogRoundFailed(logger, ex);
            }

            await Task.Delay(options.Value.DeadlineCheckInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One round, as a trace of its own (its queries and Stripe calls beneath it) and a counted run.</summary>
    private async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        using var activity = MarketplaceTelemetry.Source.StartActivity($"job {Job}", ActivityKind.Internal, parentContext: default);
        activity?.SetTag("marketplace.job", Job);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            await sender.Send(new ExpireOverduePaymentsCommand(), stoppingToken);
            await sender.Send(new GiveBackWalletPaymentsCommand(), stoppingToken);
            await sender.Send(new SettleWithCooperativesCommand(), stoppingToken);
            MarketplaceTelemetry.RecordJobRun(Job, "completed");
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            MarketplaceTelemetry.Fail(activity, ex);
            MarketplaceTelemetry.RecordJobRun(Job, "failed");
            throw;
        }
    }

    /// <summary>The lease outlasts three rounds: the leader keeps it, and another instance takes over within three after it stops.</summary>
    private async Task<bool> LeadsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        return await db.TryLeadAsync(Job, instance.Name, options.Value.DeadlineCheckInterval * 3, clock.GetUtcNow(), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Payment deadline round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
