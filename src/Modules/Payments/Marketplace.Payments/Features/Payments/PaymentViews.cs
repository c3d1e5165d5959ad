using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.BankTransfer;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Payments.Features.Payments;

internal static class PaymentViews
{
    public static PaymentView View(Payment p, PaymentsOptions bank) => new(
        p.OrderId, p.OrderNumber, p.Method.ToString(), p.Status, Money.Dong(p.AmountVnd), Money.Dong(p.RefundedVnd), p.Reference, p.DueBy, p.PaidAt,
        PaymentFailureReasons.Render(p.FailureMessage),
        p.Method == PaymentMethod.BankTransfer && p.AmountVnd > 0
            ? new BankTransferInstructions(bank.BankName, bank.BankBin, bank.AccountNumber, bank.AccountHolder, Money.Dong(p.AmountVnd), p.Reference,
                VietQr.Payload(bank.BankBin, bank.AccountNumber, p.AmountVnd, p.Reference))
            : null);

    public static PaymentSummary Summary(Payment p) => new(
        p.OrderId, p.OrderNumber, p.BuyerEmail, p.Method, p.Status, Money.Dong(p.AmountVnd), Money.Dong(p.RefundedVnd), p.Reference,
        p.PlacedAt, p.PaidAt,
        p.Parts
            .Select(part => new PaymentPartView(
                part.PartId, part.CooperativeId, part.VendorName, Money.Dong(part.TotalVnd), Money.Dong(part.RefundedVnd), part.Cancelled,
                part.CommissionBasisPoints, Money.Dong(part.CommissionVnd), Money.Dong(part.RefundableVnd), Money.Dong(part.DepositVnd))
            {
                Returned = part.Returned,
            })
            .ToList())
    {
        ProviderReference = p.StripePaymentIntentId ?? p.WalletTransactionId?.ToString(CultureInfo.InvariantCulture),
    };
}
