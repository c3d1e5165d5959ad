using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.BankTransfers;

/// <summary>An admin saw the transfer in the bank's account and records it; the amount must be the order's, to the đồng.</summary>
internal sealed class MarkTransferReceivedHandler(
    PaymentsDbContext db, PaymentBook book, ISender sender, TimeProvider clock, IOptions<PaymentsOptions> options)
    : ICommandHandler<MarkTransferReceivedCommand, Result<PaymentView>>
{
    public async ValueTask<Result<PaymentView>> Handle(MarkTransferReceivedCommand command, CancellationToken cancellationToken)
    {
        var payment = await book.FindOrOpenAsync(command.OrderId, cancellationToken);
        if (payment is null)
        {
            return PaymentBook.NotFound();
        }

        var refused = await ReceiveAsync(db, payment, command.AmountVnd, clock.GetUtcNow(), cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.TransferRecorded, "Order", payment.OrderId.Value, payment.OrderNumber, MoneyAudit.Dong(command.AmountVnd),
            cancellationToken);
        return PaymentViews.View(payment, options.Value);
    }

    /// <summary>Books a transfer of <paramref name="amountVnd"/> for the payment, or says why not (the statement import gives the same reasons).</summary>
    public static async Task<Error?> ReceiveAsync(
        PaymentsDbContext db, Payment payment, long amountVnd, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (payment.Method != PaymentMethod.BankTransfer)
        {
            return Error.Rule("payment.not_by_transfer", Bilingual.Pick(
                "Đơn hàng này không thanh toán bằng chuyển khoản.", "This order is not paid by bank transfer."));
        }

        if (payment.Status == PaymentStatus.Succeeded)
        {
            return Error.Rule("payment.already_paid", Bilingual.Pick(
                "Đơn hàng đã được ghi nhận thanh toán trước đó.", "The order was already recorded as paid."));
        }

        if (payment.Status is not (PaymentStatus.Pending or PaymentStatus.Failed))
        {
            return Error.Rule("payment.not_payable", Bilingual.Pick(
                "Đơn hàng không còn chờ thanh toán (đã hủy hoặc quá hạn): hãy hoàn lại khoản chuyển cho người mua.",
                "The order no longer waits for payment (cancelled or overdue): send the transfer back to the buyer."));
        }

        if (amountVnd != payment.AmountVnd)
        {
            return Error.Rule("payment.amount_differs", Bilingual.Pick(
                $"Số tiền {Money.Dong(amountVnd).Format(culture)} khác số tiền của đơn hàng {Money.Dong(payment.AmountVnd).Format(culture)}.",
                $"The amount {Money.Dong(amountVnd).Format(culture)} is not the order's {Money.Dong(payment.AmountVnd).Format(culture)}."));
        }

        payment.Succeed(now);
        await Settlement.PaidAsync(db, payment, now, cancellationToken);
        return null;
    }
}
