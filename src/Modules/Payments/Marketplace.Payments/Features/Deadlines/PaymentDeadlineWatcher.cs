using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.Deadlines;

/// <summary>Looks at the payment deadlines every <see cref="PaymentsOptions.DeadlineCheckInterval"/>, on the marketplace's clock.</summary>
internal sealed partial class PaymentDeadlineWatcher(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<PaymentsOptions> options, ILogger<PaymentDeadlineWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireOverduePaymentsCommand(), stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Payment deadline round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
