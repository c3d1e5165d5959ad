using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Wallets;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.WalletPayments;

/// <summary>
/// Sends the shopper to the order's wallet (MoMo, ZaloPay, VNPay). The attempt open at the wallet is reused
/// while it lives (a reload, a second tab), so one order has one payable attempt at a time; a new
/// attempt, under a new id, is opened only once the last one failed, or the amount due changed. The
/// wallet is called before anything is saved: an attempt it did not open is never shown, and one
/// opened twice at the same moment meets the other at the payment's version, and the shopper is
/// sent to the one that was saved.
/// </summary>
internal sealed class StartWalletPaymentHandler(PaymentsDbContext db, PaymentBook book, WalletGateways wallets, PublicSite site, TimeProvider clock)
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
        if (wallets.For(payment.Method) is not { } wallet)
        {
            return Error.Rule("payment.not_by_wallet", Bilingual.Pick(
                "Đơn hàng này không thanh toán qua ví điện tử.", "This order is not paid with an e-wallet."));
        }

        if (PaymentBook.NotPayable(payment) is { } notPayable)
        {
            return notPayable;
        }

        // Past its deadline, the order is about to be given up: a wallet's page opened now would outlive it (VNPay refuses one that has).
        if (payment.DueBy <= clock.GetUtcNow())
        {
            return Error.Rule("payment.overdue", Bilingual.Pick(
                "Đã quá hạn thanh toán đơn hàng này.", "The time to pay this order has passed."));
        }

        if (payment.LiveWalletPayUrl is { } live)
        {
            return Session(payment, live);
        }

        var walletOrderId = wallet.NewAttemptId(payment.Reference, clock.GetUtcNow());
        var created = await wallet.CreateAsync(
            new WalletAttempt(
                walletOrderId,
                payment.AmountVnd,
                payment.OrderNumber,
                site.Link($"/orders/{payment.OrderId}/payment-return/{payment.Method.ToString().ToLowerInvariant()}"),
                site.Link(wallet.NotifyPath),
                Cultures.IsEnglish ? "en" : "vi",
                payment.DueBy,
                command.ClientIp ?? "127.0.0.1"),
            cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        payment.OpenWalletAttempt(walletOrderId, created.Value);
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

        return Session(payment, created.Value);
    }

    private static WalletPaymentSession Session(Domain.Payment payment, string payUrl) =>
        new(payment.OrderId, payment.OrderNumber, payUrl, Money.Dong(payment.AmountVnd));
}

/// <summary>
/// The shopper's way back from the wallet: its outcome, asked of the wallet at once rather than left
/// to its notification (which may come later, or, MoMo's partners report, not at all; ZaloPay
/// notifies only payments made), and booked the same way; whichever comes second finds it booked.
/// The way back's own parameters are not read: the wallet's answer to the query is the word that counts.
/// </summary>
internal sealed class RefreshWalletPaymentHandler(
    PaymentsDbContext db, PaymentBook book, WalletGateways wallets, WalletOutcomes outcomes, IOptions<PaymentsOptions> options)
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
        if (payment.WalletOrderId is { } walletOrderId && payment.Status is PaymentStatus.Pending or PaymentStatus.Failed
            && wallets.For(payment.Method) is { Enabled: true } wallet)
        {
            var result = await wallet.QueryAsync(walletOrderId, cancellationToken);
            if (result.IsSuccess && await outcomes.ApplyAsync(payment, result.Value, cancellationToken) == WalletApplied.Changed)
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Booked at the same moment by the wallet's notification (or its give-back kept by it): that one stands.
                    db.ChangeTracker.Clear();
                    payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == payment.Id, cancellationToken);
                }
            }
        }

        return PaymentViews.View(payment, options.Value);
    }
}
