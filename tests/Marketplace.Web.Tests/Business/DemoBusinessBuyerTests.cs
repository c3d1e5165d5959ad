using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Business;

/// <summary>The demo's business buyer: verified, with a request for Shan Tuyết tea quoted by two cooperatives and accepted as one order.</summary>
public sealed class DemoBusinessBuyerTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TheDemoBuyer_HasAnAcceptedCombinationOfTwoQuotes_AsOneOrder_AndAnOpenRequestFromAbroad()
    {
        await People.EventuallyAsync(
            async () => (await (await (await factory.BearerClientAsync("muasi@example.vn", "Buyer#Demo2025")).GetAsync("/api/v1/account/me")).JsonAsync())
                .GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "BulkBuyer"),
            "the demo buyer to be a BulkBuyer");
        var buyer = await factory.BearerClientAsync("muasi@example.vn", "Buyer#Demo2025");

        var rfqs = (await (await buyer.GetAsync("/api/v1/rfqs")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, rfqs.Count);
        var rfq = Assert.Single(rfqs, r => r.GetProperty("number").GetString() == "RFQ-DEMO-0001");
        Assert.Equal("Accepted", rfq.GetProperty("status").GetString());
        Assert.Equal(10, rfq.GetProperty("quantity").GetInt32());
        Assert.Equal(2, rfq.GetProperty("quotes").EnumerateArray().Count(q => q.GetProperty("status").GetString() == "Accepted"));
        Assert.NotEmpty(rfq.GetProperty("messages").EnumerateArray());

        // The second asks abroad, still open: FOB Cát Lái to Japan, under an HS code.
        var abroad = Assert.Single(rfqs, r => r.GetProperty("number").GetString() == "RFQ-DEMO-0002");
        Assert.Equal("Open", abroad.GetProperty("status").GetString());
        Assert.Equal(("JP", "FOB", "090220"), (abroad.GetProperty("destinationCountry").GetString(), abroad.GetProperty("incoterm").GetString(),
            abroad.GetProperty("hsCode").GetString()));

        var order = Assert.Single((await (await buyer.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
        Assert.Equal(rfq.GetProperty("orderId").GetGuid(), order.GetProperty("orderId").GetGuid());
        Assert.Equal(2, order.GetProperty("parts").GetArrayLength());
        Assert.Equal("PO-STNS-2026-041", order.GetProperty("purchaseOrderNumber").GetString());
        Assert.Equal((6 * 1_500_000_000L) + (5 * 1_250_000_000L), order.GetProperty("total").GetProperty("amount").GetInt64());
    }
}
