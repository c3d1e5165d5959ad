using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Rfqs;
using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Tests;

public sealed class QuoteRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
    private static readonly CooperativeId SuoiGiang = CooperativeId.New();

    private static QuoteRequest Request() => new(
        "RFQ-261126-ABC123", UserId.From(Guid.NewGuid()), "mua@example.vn", "Công ty Xanh", "Trà", null, Guid.NewGuid(), 10, QuantityUnit.Tan,
        "Hà Nội", DeliveryTerms.Domestic, new DateOnly(2026, 12, 20),
        null,
        [new RfqRecipient(SuoiGiang, "HTX Suối Giàng")], Now);

    [Fact]
    public void AQuote_ExpiresByTheCalendar_AfterItsLastDay()
    {
        var quote = Request().Offer(SuoiGiang, 6, 1_500_000_000, new DateOnly(2026, 11, 30), 10, null, null, null, null, Now).Value;
        Assert.Equal(QuoteStatus.Offered, quote.StatusOn(new DateOnly(2026, 11, 30)));
        Assert.Equal(QuoteStatus.Expired, quote.StatusOn(new DateOnly(2026, 12, 1)));
        Assert.Equal(9_000_000_000, quote.TotalVnd);
    }

    [Fact]
    public void ARevision_KeepsTheQuotesIdentity_AndCountsUp()
    {
        var request = Request();
        var first = request.Offer(SuoiGiang, 6, 1_500_000_000, new DateOnly(2026, 12, 5), 10, null, null, null, null, Now).Value;
        var second = request.Offer(SuoiGiang, 6, 1_450_000_000, new DateOnly(2026, 12, 5), 10, "Giảm giá", null, null, null, Now.AddHours(1)).Value;
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.Revision);
        Assert.Single(request.Quotes);
    }

    [Fact]
    public void AnAcceptedRequest_TakesNoMoreQuotes()
    {
        var request = Request();
        var quote = request.Offer(SuoiGiang, 10, 1_500_000_000, new DateOnly(2026, 12, 5), 10, null, null, null, null, Now).Value;
        request.Accepted([quote.Id], OrderId.New(), Now);
        Assert.Equal(RfqStatus.Accepted, request.Status);
        Assert.Equal(QuoteStatus.Accepted, request.Quotes.Single().Status);
        Assert.Equal("rfq.closed", request.Offer(SuoiGiang, 10, 1, new DateOnly(2026, 12, 5), 1, null, null, null, null, Now).Error!.Code);
        Assert.Equal("rfq.closed", request.Decline(SuoiGiang, null, Now).Error!.Code);
    }

    [Fact]
    public void ABulkOrder_AddsToTheLinesAlreadyInTheCart()
    {
        var cart = new Cart(Guid.NewGuid(), "u:MUA@EXAMPLE.VN", Now);
        var tea = VariantId.New();
        var nuts = VariantId.New();
        cart.Set(tea, 2, Now);
        cart.AddAll(new Dictionary<VariantId, int> { [tea] = 10, [nuts] = 20 }, Now);
        Assert.Equal(12, cart.QuantityOf(tea));
        Assert.Equal(20, cart.QuantityOf(nuts));
        Assert.Equal(2, cart.Lines.Count);
    }
}
