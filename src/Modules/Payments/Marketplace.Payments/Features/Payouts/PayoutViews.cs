using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Payments.Features.Payouts;

internal static class PayoutViews
{
    public static PayoutBatchView View(PayoutBatch b) => new(
        b.Id, b.Number, b.Status, b.CreatedAt, b.CreatedBy, b.PaidAt, Money.Dong(b.Lines.Sum(l => l.AmountVnd)),
        b.Lines.Select(l => new PayoutLineView(
            l.LineId, l.CooperativeId, l.VendorName, Money.Dong(l.AmountVnd), l.Method,
            l.BankName, l.AccountNumber, l.AccountHolder, l.StripeAccountId, l.StripeTransferId)).ToList());
}
