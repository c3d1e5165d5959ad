using System.Security.Cryptography;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.MoMo;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.WalletPayments;

/// <summary>
/// Sends the shopper to MoMo. The attempt open at MoMo is reused while it lives (a reload, a second
/// tab), so one order has one payable MoMo payment at a time; a new attempt, under a new id, is
/// opened only once the last one failed, or the amount due changed. MoMo is called before anything
/// is saved: an attempt MoMo did not open is never shown, and one opened twice at the same moment
/// meets the other at the payment's version, and the shopper is sent to the one that was saved.
/// </summary>
internal sealed class StartWalletPaymentHandler(PaymentsDbContext db, PaymentBook book, MoMoGateway momo, PublicSite site)
    : IRequestHandler<StartWalletPaymentCommand, Result<WalletPaymentSession>>
{
    public async ValueTask<Result<WalletPaymentSession>> Handle(StartWalletPaymentCommand command, CancellationToken cancellationToken)
    {
        var found = await book.ForBuyerAsync(command.OrderId, command.BuyerId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var payment = found.Value;
        if (payment.Method != PaymentMethod.MoMo)
        {
            return Error.Rule("payment.not_by_wallet", Bilingual.Pick("Đơn hàng này không thanh toán qua ví MoMo.", "This order is not paid with MoMo."));
        }

        if (PaymentBook.NotPayable(payment) is { } notPayable)
        {
            return notPayable;
        }

        if (payment.LiveWalletPayUrl is { } live)
        {
            return Session(payment, live);
        }

        var walletOrderId = $"{payment.Reference}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        var created = await momo.CreateAsync(
            walletOrderId,
            payment.AmountVnd,
            $"Thanh toan don hang {payment.OrderNumber}",
            site.Link($"/orders/{payment.OrderId}/payment-return?wallet=momo"),
            site.Link("/api/v1/payments/momo/ipn"),
            Cultures.IsEnglish ? "en" : "vi",
            cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        payment.OpenWalletAttempt(walletOrderId, created.Value.PayUrl);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Opened at the same moment by another tab (or paid meanwhile): that one stands.
            db.ChangeTracker.Clear();
            var saved = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == payment.Id, cancellationToken);
            return saved.LiveWalletPayUrl is { } other
                ? Session(saved, other)
                : Error.Conflict("payment.retry", Bilingual.Pick("Thanh toán vừa thay đổi: hãy thử lại.", "The payment changed meanwhile: try again."));
        }

        return Session(payment, created.Value.PayUrl);
    }

    private static WalletPaymentSession Session(Domain.Payment payment, string payUrl) =>
        new(payment.OrderId, payment.OrderNumber, payUrl, Money.Dong(payment.AmountVnd));
}

/// <summary>
/// The shopper's way back from MoMo: its outcome, asked of MoMo at once rather than left to its
/// notification (which may come later, or, MoMo's partners report, not at all), and booked the
/// same way; whichever comes second finds it booked. The way back's own parameters are not read:
/// MoMo's answer to the query is the word that counts.
/// </summary>
internal sealed class RefreshWalletPaymentHandler(
    PaymentsDbContext db, PaymentBook book, MoMoGateway momo, WalletOutcomes outcomes, IOptions<PaymentsOptions> options)
    : IRequestHandler<RefreshWalletPaymentCommand, Result<PaymentView>>
{
    public async ValueTask<Result<PaymentView>> Handle(RefreshWalletPaymentCommand command, CancellationToken cancellationToken)
    {
        var found = await book.ForBuyerAsync(command.OrderId, command.BuyerId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var payment = found.Value;
        if (payment.WalletOrderId is { } walletOrderId && payment.Status is PaymentStatus.Pending or PaymentStatus.Failed)
        {
            var result = await momo.QueryAsync(walletOrderId, cancellationToken);
            if (result.IsSuccess && await outcomes.ApplyAsync(payment, result.Value, cancellationToken) == WalletApplied.Changed)
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Booked at the same moment by MoMo's notification (or its give-back kept by it): that one stands.
                    db.ChangeTracker.Clear();
                    payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == payment.Id, cancellationToken);
                }
            }
        }

        return PaymentViews.View(payment, options.Value);
    }
}
