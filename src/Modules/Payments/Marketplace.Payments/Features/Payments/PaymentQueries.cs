using Marketplace.Payments.BankTransfer;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Stripe;
using Marketplace.Payments.Wallets;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.Payments;

internal sealed class PaymentQueries(PaymentsDbContext db, PaymentBook book, StripeGateway stripe, WalletGateways wallets, IOptions<PaymentsOptions> options)
    : IQueryHandler<GetPaymentOptionsQuery, PaymentOptions>,
      IQueryHandler<GetPaymentQuery, Result<PaymentView>>,
      IQueryHandler<GetVietQrImageQuery, Result<byte[]>>,
      IQueryHandler<ListPaymentsQuery, IReadOnlyList<PaymentSummary>>,
      IQueryHandler<GetTransferInstructionsQuery, BankTransferInstructions>,
      IQueryHandler<GetTransferQrQuery, byte[]>
{
    public ValueTask<PaymentOptions> Handle(GetPaymentOptionsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new PaymentOptions(
            stripe.Enabled, stripe.Enabled ? stripe.PublishableKey : null, wallets.Enabled(Ordering.Contracts.PaymentMethod.MoMo),
            wallets.Enabled(Ordering.Contracts.PaymentMethod.ZaloPay), wallets.Enabled(Ordering.Contracts.PaymentMethod.VnPay)));

    public ValueTask<BankTransferInstructions> Handle(GetTransferInstructionsQuery query, CancellationToken cancellationToken)
    {
        var bank = options.Value;
        return ValueTask.FromResult(new BankTransferInstructions(
            bank.BankName, bank.BankBin, bank.AccountNumber, bank.AccountHolder, Money.Dong(query.AmountVnd), query.Reference,
            VietQr.Payload(bank.BankBin, bank.AccountNumber, query.AmountVnd, query.Reference)));
    }

    public async ValueTask<byte[]> Handle(GetTransferQrQuery query, CancellationToken cancellationToken) =>
        VietQr.Png((await Handle(new GetTransferInstructionsQuery(query.AmountVnd, query.Reference), cancellationToken)).VietQrPayload);

    public async ValueTask<Result<PaymentView>> Handle(GetPaymentQuery query, CancellationToken cancellationToken)
    {
        var payment = await book.ForBuyerAsync(query.OrderId, query.BuyerId, cancellationToken);
        return payment.IsSuccess ? PaymentViews.View(payment.Value, options.Value) : payment.Error!;
    }

    public async ValueTask<Result<byte[]>> Handle(GetVietQrImageQuery query, CancellationToken cancellationToken)
    {
        var payment = await book.ForBuyerAsync(query.OrderId, query.BuyerId, cancellationToken);
        if (!payment.IsSuccess)
        {
            return payment.Error!;
        }

        if (PaymentViews.View(payment.Value, options.Value).BankTransfer is not { } transfer)
        {
            return Error.NotFound("payment.no_vietqr", Bilingual.Pick(
                "Đơn hàng này không thanh toán bằng chuyển khoản.", "This order is not paid by bank transfer."));
        }

        return VietQr.Png(transfer.VietQrPayload);
    }

    public async ValueTask<IReadOnlyList<PaymentSummary>> Handle(ListPaymentsQuery query, CancellationToken cancellationToken)
    {
        var payments = db.Payments.AsNoTracking();
        if (query.Status is { } status)
        {
            payments = payments.Where(p => p.Status == status);
        }

        if (Enum.TryParse<Ordering.Contracts.PaymentMethod>(query.Method, ignoreCase: true, out var method))
        {
            payments = payments.Where(p => p.Method == method);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToUpperInvariant();
            // ToUpper() is SQL's UPPER() here, not .NET's culture: e-mails are stored as typed.
#pragma warning disable CA1304, CA1311, CA1862
            payments = payments.Where(p => p.Reference.Contains(search) || p.OrderNumber.Contains(search) || p.BuyerEmail.ToUpper().Contains(search));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var rows = await payments.OrderByDescending(p => p.PlacedAt).Take(200).ToListAsync(cancellationToken);
        return rows.Select(PaymentViews.Summary).ToList();
    }
}
