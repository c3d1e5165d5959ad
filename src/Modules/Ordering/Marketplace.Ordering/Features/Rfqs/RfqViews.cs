using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Features.Rfqs;

internal static class RfqViews
{
    /// <summary>The whole request, or (for a cooperative) only its own quote and conversation.</summary>
    public static RfqView View(QuoteRequest r, DateOnly today, CooperativeId? onlyVendor = null) => new(
        r.Id, r.Number, r.BuyerEmail, r.CompanyName, r.Subject, r.ProductId, r.CategoryId, r.Quantity, r.Unit, r.DeliveryProvince,
        r.DestinationCountry, r.Incoterm, r.NamedPlace, r.HsCode, r.DeliveryDate, r.Note, r.Status, r.CreatedAt, r.OrderId,
        r.Recipients.Where(x => onlyVendor is null || x.CooperativeId == onlyVendor).Select(x => new RfqRecipientView(x.CooperativeId, x.VendorName)).ToList(),
        r.Quotes.Where(q => onlyVendor is null || q.CooperativeId == onlyVendor).OrderBy(q => q.UnitPriceVnd).Select(q => Quote(q, today)).ToList(),
        r.Messages
            .Where(m => onlyVendor is null || m.CooperativeId == onlyVendor)
            .OrderBy(m => m.At)
            .Select(m => new RfqMessageView(m.CooperativeId, m.FromBuyer, m.Author, m.Text, m.At))
            .ToList());

    private static QuoteView Quote(Quote q, DateOnly today) => new(
        q.Id, q.CooperativeId, q.VendorName, q.StatusOn(today), q.Quantity, Money.Dong(q.UnitPriceVnd), Money.Dong(q.TotalVnd), q.ValidUntil,
        q.LeadTimeDays, q.Note, q.Sku, q.Revision, q.UpdatedAt, q.MinimumLot);
}
