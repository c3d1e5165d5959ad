using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Results;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Payments.Features.Refunds;

/// <summary>
/// An agreed return's money goes back the way the part was paid: by Stripe for a card, booked as the
/// alliance's transfer for a bank transfer or for cash paid at the door (the cooperative's balance
/// bears it either way). The refund is made under the return's own key, so a second delivery of the
/// notification, or a retry after Stripe did not answer, finds the same refund instead of making
/// another. Stripe not answering is retried by the outbox; a refusal (more than is left to refund)
/// is told back to Ordering, and the admins give the money back by hand.
/// </summary>
internal sealed partial class RefundReturnsHandler(PaymentsDbContext db, ISender sender, TimeProvider clock, ILogger<RefundReturnsHandler> logger)
    : INotificationHandler<ReturnAgreedIntegrationEvent>
{
    private const string Handler = "payments.refund-return";

    /// <summary>Who the ledger and the audit name as having made a return's refund.</summary>
    public const string Actor = "returns@marketplace";

    public async ValueTask Handle(ReturnAgreedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (notification.RefundVnd <= 0 || await db.HasProcessedAsync(notification, Handler, cancellationToken))
        {
            return;
        }

        var refunded = await sender.Send(
            new RefundPartCommand(notification.PartId, notification.RefundVnd, notification.Reason, Actor, $"return:{notification.ReturnId:N}"),
            cancellationToken);
        if (!refunded.IsSuccess && refunded.Error!.Type is ErrorType.Unavailable or ErrorType.Conflict)
        {
            // Stripe did not answer, or the order changed under the refund: the outbox delivers this again, and the same key finds the same refund.
            throw new InvalidOperationException($"The refund of return {notification.ReturnId} is to be tried again: {refunded.Error.Message}");
        }

        if (!refunded.IsSuccess)
        {
            LogRefused(logger, notification.ReturnId, refunded.Error!.Code);
        }

        await db.HandleOnceAsync(notification, Handler, clock, () =>
        {
            db.AddIntegrationEvent(refunded.IsSuccess
                ? new ReturnRefundedIntegrationEvent(
                    Guid.NewGuid(), clock.GetUtcNow(), notification.ReturnId, notification.OrderId, refunded.Value.Amount.Amount,
                    refunded.Value.Method.ToString())
                : new ReturnRefundedIntegrationEvent(
                    Guid.NewGuid(), clock.GetUtcNow(), notification.ReturnId, notification.OrderId, 0, null, refunded.Error!.Message));
            return Task.CompletedTask;
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The refund of return {ReturnId} was refused ({Code}); the admins are to give it back by hand")]
    private static partial void LogRefused(ILogger logger, Guid returnId, string code);
}
