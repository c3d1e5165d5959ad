using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Features.Settling;
using Marketplace.Payments.Stripe;
using Marketplace.Payments.Wallets;
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
/// taken it; a wallet's (MoMo, ZaloPay) the same way, under an id derived from the refund's; a bank refund is
/// booked as the admin records it. Cash paid at the door is between the shopper and the
/// cooperative, except for an agreed return, which the alliance transfers once the part is
/// delivered, and the cooperative's balance bears as any refund. A pre-order's deposit, counted
/// into the part's total, did not come by the order's card (or wallet): what is given back beyond
/// what it took is the alliance's own transfer, booked as a second refund, by bank, beside it.
/// </summary>
internal sealed class RefundPartHandler(PaymentsDbContext db, StripeGateway stripe, WalletGateways wallets, ISender sender, TimeProvider clock)
    : IRequestHandler<RefundPartCommand, Result<RefundView>>
{
    public async ValueTask<Result<RefundView>> Handle(RefundPartCommand command, CancellationToken cancellationToken)
    {
        var refundId = command.IdempotencyKey is { Length: > 0 } key ? IdOf(command.PartId.Value, key) : Guid.NewGuid();
        if (await ViewAsync(refundId, cancellationToken) is { } done)
        {
            return done;
        }

        var payment = await db.Payments.Where(p => p.Parts.Any(part => part.PartId == command.PartId)).SingleOrDefaultAsync(cancellationToken);
        var part = payment?.Parts.Single(p => p.PartId == command.PartId);
        if (payment is null || part is null)
        {
            return PaymentBook.NotFound();
        }

        var cash = payment.Method == PaymentMethod.CashOnDelivery;
        if (cash ? !(command.CashByTransfer && part.Delivered) : payment.Status != PaymentStatus.Succeeded)
        {
            return Error.Rule("refund.not_paid", cash
                ? Bilingual.Pick(
                    "Tiền mặt thu khi giao hàng do hợp tác xã hoàn trực tiếp cho người mua (hoặc qua yêu cầu trả hàng).",
                    "Cash paid on delivery is given back by the cooperative itself (or through a return).")
                : Bilingual.Pick("Đơn hàng chưa được thanh toán: không có gì để hoàn.", "The order is not paid: there is nothing to refund."));
        }

        // Paid at the door: at most what was collected there, with the deposit paid before.
        var left = cash ? part.CollectedVnd + part.DepositVnd - part.RefundedVnd : part.RefundableVnd;
        if (command.AmountVnd > left)
        {
            var culture = CultureInfo.CurrentUICulture;
            return Error.Rule("refund.too_much", Bilingual.Pick(
                $"Chỉ còn có thể hoàn tối đa {Money.Dong(left).Format(culture)} cho phần đơn này.",
                $"At most {Money.Dong(left).Format(culture)} can still be refunded for this part."));
        }

        // Through the gateway (card, wallet), at most what it took and has not given back; the rest (a deposit) by the alliance's transfer.
        var partId = part.PartId;
        var gateway = payment.Method.ThroughGateway();
        var byGateway = gateway
            ? Math.Min(command.AmountVnd, part.DueVnd - await db.Refunds
                .Where(r => r.PartId == partId && r.Method == payment.Method).SumAsync(r => r.AmountVnd, cancellationToken))
            : 0;
        string? stripeRefundId = null;
        string? walletRefundId = null;
        if (byGateway > 0 && payment.Method == PaymentMethod.Card)
        {
            var refunded = await stripe.RefundAsync(refundId, payment.StripePaymentIntentId!, byGateway, cancellationToken);
            if (!refunded.IsSuccess)
            {
                return refunded.Error!;
            }

            stripeRefundId = refunded.Value.Id;
        }
        else if (byGateway > 0)
        {
            var refunded = await wallets.For(payment.Method)!.RefundAsync(
                new WalletRefund(
                    $"RF{refundId:N}", payment.WalletOrderId!, payment.WalletTransactionId!.Value, byGateway, payment.OrderNumber, clock.GetUtcNow())
                {
                    Whole = byGateway == payment.AmountVnd && payment.RefundedVnd == 0,
                },
                cancellationToken);
            if (!refunded.IsSuccess)
            {
                return refunded.Error!;
            }

            walletRefundId = refunded.Value;
        }

        var now = clock.GetUtcNow();
        var reason = command.Reason.Trim();
        var refunds = new List<Domain.Refund>();
        if (byGateway > 0 || !gateway)
        {
            var amount = gateway ? byGateway : command.AmountVnd;
            refunds.Add(new Domain.Refund(
                refundId, payment, part, amount, reason, stripeRefundId, now, command.ActorEmail, cash ? PaymentMethod.BankTransfer : null)
            {
                WalletRefundId = walletRefundId,
            });
        }

        if (gateway && command.AmountVnd > byGateway)
        {
            refunds.Add(new Domain.Refund(
                byGateway > 0 ? DepositPartOf(refundId) : refundId, payment, part, command.AmountVnd - byGateway,
                Bilingual.Pick($"{reason} (tiền cọc, chuyển khoản)", $"{reason} (the deposit, by transfer)"), null, now, command.ActorEmail,
                PaymentMethod.BankTransfer));
        }

        var pending = payment.IsPrepaid && !await Earnings.ReleasedAsync(db, part.PartId, cancellationToken);
        foreach (var refund in refunds)
        {
            // Each refund against the part as the ones before it left it (the commission given back depends on it).
            db.Refunds.Add(refund);
            Settlement.Refunded(db, payment, payment.Parts.Single(p => p.PartId == partId), refund, pending);
            payment.Refunded(partId, refund.AmountVnd);
        }

        // The refund and its audit entry in one transaction (the entry joins it on the shared connection).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same refund saved by a second click, or another refund of the order at the same
            // moment. Stripe (or MoMo) took this one under its own key: asked again, it answers the same.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return await ViewAsync(refundId, CancellationToken.None) is { } saved
                ? saved
                : Error.Conflict("refund.retry", Bilingual.Pick("Đơn hàng vừa thay đổi: hãy thử lại.", "The order changed meanwhile: try again."));
        }

        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.Refunded, "OrderPart", part.PartId.Value, $"{payment.OrderNumber} · {part.VendorName}",
            $"{MoneyAudit.Dong(command.AmountVnd)}: {reason}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await ViewAsync(refundId, cancellationToken))!;
    }

    /// <summary>The refund as asked: its card refund and the deposit's transfer beside it, if any, as one.</summary>
    private async Task<RefundView?> ViewAsync(Guid refundId, CancellationToken cancellationToken)
    {
        var deposit = DepositPartOf(refundId);
        var rows = await db.Refunds.AsNoTracking().Where(r => r.Id == refundId || r.Id == deposit).ToListAsync(cancellationToken);
        return rows.Count == 0
            ? null
            : RefundViews.View(rows.OrderBy(r => r.Id == refundId ? 0 : 1).First()) with { Amount = Money.Dong(rows.Sum(r => r.AmountVnd)) };
    }

    /// <summary>The id of the deposit's transfer that goes with a card refund: derived, so a retry finds it.</summary>
    private static Guid DepositPartOf(Guid refundId) => IdOf(refundId, "deposit");

    /// <summary>The same key for the same part (or refund) is the same refund, and so the same call to Stripe.</summary>
    private static Guid IdOf(Guid owner, string key) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{owner:N}:{key}")).AsSpan(0, 16));
}

internal static class RefundViews
{
    public static RefundView View(Domain.Refund r) => new(
        r.Id, r.OrderId, r.OrderNumber, r.PartId, r.VendorName, Money.Dong(r.AmountVnd), r.Method, r.Reason, r.StripeRefundId, r.At, r.By)
    {
        WalletRefundId = r.WalletRefundId,
    };
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
