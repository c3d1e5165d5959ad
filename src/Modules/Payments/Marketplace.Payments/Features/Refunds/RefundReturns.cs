using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Payments.Features.Refunds;

/// <summary>
/// Money that goes back without an admin's form. An agreed return's refund comes due at once for a
/// card (Stripe gives it back) and, for any other way of paying, once an admin made the alliance's
/// transfer (it is booked as theirs); a card-paid parcel that came back unsold gives back all that
/// is left of its part. Each refund is made under a key of its own (the return's, the parcel's), so
/// a second delivery of the notification, or a retry after Stripe did not answer, finds the same
/// refund instead of making another. Stripe not answering is retried by the outbox; a refusal (more
/// than is left to refund) is logged and, for a return, told back to Ordering, whose admins' list
/// shows it, to be tried again under the next key (<see cref="ReturnRefundDueIntegrationEvent.Attempt"/>).
/// </summary>
internal sealed partial class RefundReturnsHandler(PaymentsDbContext db, ISender sender, TimeProvider clock, ILogger<RefundReturnsHandler> logger)
    : INotificationHandler<ReturnRefundDueIntegrationEvent>,
      INotificationHandler<OrderPartReturnedIntegrationEvent>
{
    /// <summary>Who the ledger and the audit name as having made a card-paid parcel's refund.</summary>
    public const string Actor = "returns@marketplace";

    public async ValueTask Handle(ReturnRefundDueIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "payments.refund-return";
        if (notification.AmountVnd <= 0 || await db.HasProcessedAsync(notification, handler, cancellationToken))
        {
            return;
        }

        var refunded = await RefundAsync(
            notification, new RefundPartCommand(
                notification.PartId, notification.AmountVnd, notification.Reason, notification.By,
                notification.Attempt == 0 ? $"return:{notification.ReturnId:N}" : $"return:{notification.ReturnId:N}:{notification.Attempt}",
                CashByTransfer: notification.ByTransfer),
            cancellationToken);
        await db.HandleOnceAsync(notification, handler, clock, () =>
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

    public async ValueTask Handle(OrderPartReturnedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "payments.refund-returned-parcel";
        if (await db.HasProcessedAsync(notification, handler, cancellationToken))
        {
            return;
        }

        // Only a card or a wallet gives its money back by itself: a transfer (or a deposit paid before) waits for the admins' refund,
        // as a cancelled part does, and cash due at the door was never taken.
        var partId = notification.PartId;
        var payment = await db.Payments.AsNoTracking().Where(p => p.Parts.Any(part => part.PartId == partId)).SingleOrDefaultAsync(cancellationToken);
        var part = payment?.Parts.Single(p => p.PartId == partId);
        if (payment is { Status: PaymentStatus.Succeeded } && payment.Method.ThroughGateway() && part is { DepositVnd: 0, RefundableVnd: > 0 })
        {
            await RefundAsync(
                notification,
                new RefundPartCommand(partId, part.RefundableVnd, $"Hàng hoàn về hợp tác xã: {notification.Reason}", Actor, "returned-to-sender"),
                cancellationToken);
        }

        await db.HandleOnceAsync(notification, handler, clock, () => Task.CompletedTask, cancellationToken);
    }

    private async Task<Result<RefundView>> RefundAsync(IIntegrationEvent notification, RefundPartCommand refund, CancellationToken cancellationToken)
    {
        var refunded = await sender.Send(refund, cancellationToken);
        if (!refunded.IsSuccess && refunded.Error!.Type is ErrorType.Unavailable or ErrorType.Conflict)
        {
            // Stripe or MoMo did not answer, or the order changed under the refund: the outbox delivers this again, and the same key finds the same refund.
            throw new InvalidOperationException(
                $"The refund of {notification.GetType().Name} {notification.EventId} is to be tried again: {refunded.Error.Message}");
        }

        if (!refunded.IsSuccess)
        {
            LogRefused(logger, notification.EventId, refund.PartId.Value, refunded.Error!.Code);
        }

        return refunded;
    }

    [LoggerMessage(
        Level = LogLevel.Warning, Message = "The refund for event {EventId} of part {PartId} was refused ({Code}); the admins see it, and try it again")]
    private static partial void LogRefused(ILogger logger, Guid eventId, Guid partId, string code);
}
