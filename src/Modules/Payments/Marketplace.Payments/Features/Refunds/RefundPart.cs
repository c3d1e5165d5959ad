using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Features.Settling;
using Marketplace.Payments.Stripe;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Refunds;

/// <summary>
/// Gives back all or part of what a cooperative's part was paid. A card refund goes through
/// Stripe first, under the refund's own id as idempotency key, and is booked when Stripe has
/// taken it; a bank refund is booked as the admin records it. Cash paid at the door is between
/// the shopper and the cooperative, and is not refunded here.
/// </summary>
internal sealed class RefundPartHandler(PaymentsDbContext db, StripeGateway stripe, ISender sender, TimeProvider clock)
    : IRequestHandler<RefundPartCommand, Result<RefundView>>
{
    public async ValueTask<Result<RefundView>> Handle(RefundPartCommand command, CancellationToken cancellationToken)
    {
        var refundId = command.IdempotencyKey is { Length: > 0 } key ? IdOf(command.PartId, key) : Guid.NewGuid();
        if (await db.Refunds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == refundId, cancellationToken) is { } done)
        {
            return RefundViews.View(done);
        }

        var payment = await db.Payments.Where(p => p.Parts.Any(part => part.PartId == command.PartId)).SingleOrDefaultAsync(cancellationToken);
        var part = payment?.Parts.Single(p => p.PartId == command.PartId);
        if (payment is null || part is null)
        {
            return PaymentBook.NotFound();
        }

        if (payment.Status != PaymentStatus.Succeeded)
        {
            return Error.Rule("refund.not_paid", payment.Method == PaymentMethod.CashOnDelivery
                ? Bilingual.Pick(
                    "Tiền mặt thu khi giao hàng do hợp tác xã hoàn trực tiếp cho người mua.",
                    "Cash paid on delivery is given back by the cooperative itself.")
                : Bilingual.Pick("Đơn hàng chưa được thanh toán: không có gì để hoàn.", "The order is not paid: there is nothing to refund."));
        }

        var left = part.RefundableVnd(payment.Method);
        if (command.AmountVnd > left)
        {
            var culture = CultureInfo.CurrentUICulture;
            return Error.Rule("refund.too_much", Bilingual.Pick(
                $"Chỉ còn có thể hoàn tối đa {Money.Dong(left).Format(culture)} cho phần đơn này.",
                $"At most {Money.Dong(left).Format(culture)} can still be refunded for this part."));
        }

        string? stripeRefundId = null;
        if (payment.Method == PaymentMethod.Card)
        {
            var refunded = await stripe.RefundAsync(refundId, payment.StripePaymentIntentId!, command.AmountVnd, cancellationToken);
            if (!refunded.IsSuccess)
            {
                return refunded.Error!;
            }

            stripeRefundId = refunded.Value.Id;
        }

        var now = clock.GetUtcNow();
        var refund = new Domain.Refund(refundId, payment, part, command.AmountVnd, command.Reason.Trim(), stripeRefundId, now, command.ActorEmail);
        db.Refunds.Add(refund);
        payment.Refunded(part.PartId, command.AmountVnd);
        Settlement.Refunded(db, payment, part, refund, pending: payment.IsPrepaid && !await Earnings.ReleasedAsync(db, part.PartId, cancellationToken));

        // The refund and its audit entry in one transaction (the entry joins it on the shared connection).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same refund saved by a second click, or another refund of the order at the same
            // moment. Stripe took this one under its own key: asked again, it answers the same.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return await db.Refunds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == refundId, CancellationToken.None) is { } saved
                ? RefundViews.View(saved)
                : Error.Conflict("refund.retry", Bilingual.Pick("Đơn hàng vừa thay đổi: hãy thử lại.", "The order changed meanwhile: try again."));
        }

        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.Refunded, "OrderPart", part.PartId.Value, $"{payment.OrderNumber} · {part.VendorName}",
            $"{MoneyAudit.Dong(command.AmountVnd)}: {command.Reason.Trim()}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RefundViews.View(refund);
    }

    /// <summary>The same key for the same part is the same refund, and so the same call to Stripe.</summary>
    private static Guid IdOf(OrderPartId partId, string key) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{partId.Value:N}:{key}")).AsSpan(0, 16));
}

internal static class RefundViews
{
    public static RefundView View(Domain.Refund r) => new(
        r.Id, r.OrderId, r.OrderNumber, r.PartId, r.VendorName, Money.Dong(r.AmountVnd), r.Method, r.Reason, r.StripeRefundId, r.At, r.By);
}

internal sealed class ListRefundsHandler(PaymentsDbContext db) : IQueryHandler<ListRefundsQuery, IReadOnlyList<RefundView>>
{
    public async ValueTask<IReadOnlyList<RefundView>> Handle(ListRefundsQuery query, CancellationToken cancellationToken)
    {
        var refunds = db.Refunds.AsNoTracking();
        if (query.OrderId is { } orderId)
        {
            refunds = refunds.Where(r => r.OrderId == orderId);
        }

        var rows = await refunds.OrderByDescending(r => r.At).Take(200).ToListAsync(cancellationToken);
        return rows.Select(RefundViews.View).ToList();
    }
}
