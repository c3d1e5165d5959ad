using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>
/// A cooperative's "today": the orders waiting for it by step, the ones waiting for the buyer's
/// money, a variant running out, a certificate lapsing within 30 days (and not one lapsing later),
/// through the API and on the page, and to its own people only.
/// </summary>
public sealed class TodayTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TheTodayScreen_SaysWhatWaits_AndFollowsTheWork()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var listing = await factory.Listing().SoldBy(cooperative).WithStock(6).BuildAsync();
        var (shopper, _) = await factory.NewPersonAsync("mua-hom-nay");
        var cash = await OrderAsync(shopper, listing, "CashOnDelivery");
        await OrderAsync(shopper, listing, "BankTransfer");
        await CertificateAsync(cooperative, expiresInDays: 20, number: "VG-20");
        await CertificateAsync(cooperative, expiresInDays: 60, number: "VG-60");

        var today = await TodayAsync(cooperative);
        var orders = today.GetProperty("orders");
        Assert.Equal((1, 0, 0, 1), (
            orders.GetProperty("toConfirm").GetInt32(), orders.GetProperty("toPack").GetInt32(),
            orders.GetProperty("toShip").GetInt32(), orders.GetProperty("awaitingPayment").GetInt32()));
        var low = Assert.Single(today.GetProperty("lowStock").EnumerateArray());
        Assert.Equal((listing.Sku, 4), (low.GetProperty("sku").GetString(), low.GetProperty("stock").GetInt32()));
        var expiring = Assert.Single(today.GetProperty("expiringCertificates").EnumerateArray());
        Assert.Equal(("VG-20", 20), (expiring.GetProperty("number").GetString(), expiring.GetProperty("daysLeft").GetInt32()));

        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var page = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/today");
        Assert.Equal("1", page.Text("#tile-confirm strong"));
        Assert.Equal($"/cooperatives/{cooperative.Id}/orders?status=Placed", page.Document.QuerySelector("#tile-confirm a")!.GetAttribute("href"));
        Assert.Contains(listing.Sku, page.Text("#low-stock"), StringComparison.Ordinal);
        Assert.Contains("còn 20 ngày", page.Text("#expiring-certificates"), StringComparison.Ordinal);
        Assert.DoesNotContain("VG-60", page.Text("#expiring-certificates"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#today-calm"));

        // Confirmed, the order moves to the next tile.
        (await cooperative.Owner.PostAsync($"/api/v1/cooperatives/order-parts/{cash}/Confirm", null)).EnsureSuccessStatusCode();
        orders = (await TodayAsync(cooperative)).GetProperty("orders");
        Assert.Equal((0, 1), (orders.GetProperty("toConfirm").GetInt32(), orders.GetProperty("toPack").GetInt32()));
        Assert.Null(page.Document.QuerySelector("#tile-failed"));

        // A parcel the carrier could not hand over waits for the cooperative, and so does a return once it is delivered.
        foreach (var (action, body) in new (string, object)[]
        {
            ("Pack", new { }), ("Ship", new { carrier = "GHN", trackingNumber = "GHN-TODAY" }), ("FailAttempt", new { reason = "Không có người nhận" }),
        })
        {
            (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{cash}/{action}", body)).EnsureSuccessStatusCode();
        }

        page = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/today");
        Assert.Equal("1", page.Text("#tile-failed strong"));
        Assert.Equal($"/cooperatives/{cooperative.Id}/orders?status=DeliveryFailed", page.Document.QuerySelector("#tile-failed a")!.GetAttribute("href"));
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{cash}/Deliver", new { })).EnsureSuccessStatusCode();
        var order = await (await shopper.GetAsync("/api/v1/orders")).JsonAsync();
        var orderId = order.EnumerateArray().First(o => o.GetProperty("parts").EnumerateArray().Any(p => p.GetProperty("partId").GetGuid() == cash))
            .GetProperty("orderId").GetGuid();
        (await shopper.PostAsJsonAsync($"/api/v1/orders/{orderId}/parts/{cash}/returns", new
        {
            lines = new[] { new { sku = listing.Sku, quantity = 1 } },
            reason = "Damaged",
            account = new { bank = "MB", accountNumber = "0123456789", holder = "NGUYEN VAN A" },
        })).EnsureSuccessStatusCode();
        orders = (await TodayAsync(cooperative)).GetProperty("orders");
        Assert.Equal((0, 1), (orders.GetProperty("deliveriesFailed").GetInt32(), orders.GetProperty("returnsToAnswer").GetInt32()));
        page = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/today");
        Assert.Null(page.Document.QuerySelector("#tile-failed"));
        Assert.Equal($"/cooperatives/{cooperative.Id}/returns?status=Requested", page.Document.QuerySelector("#tile-returns a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ANewCooperative_IsToldNothingWaits_AndNoOneElseSeesIt()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var page = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/today");
        Assert.NotNull(page.Document.QuerySelector("#today-calm"));
        Assert.Equal("0\u00A0₫", page.Text("#tile-balance strong"));

        var other = await factory.ApprovedCooperativeAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/today")).StatusCode);
        var otherPages = await factory.SignedInPagesAsync(other.OwnerEmail);
        Assert.Equal(404, (await otherPages.GetPageAsync($"/cooperatives/{cooperative.Id}/today")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/cooperatives/{cooperative.Id}/today")).StatusCode);
    }

    private static async Task<JsonElement> TodayAsync(TestCooperative cooperative)
    {
        using var response = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/today");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>Places an order of one unit; returns the cooperative's part of it.</summary>
    private static async Task<Guid> OrderAsync(HttpClient shopper, TestListing listing, string paymentMethod)
    {
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 1 })).EnsureSuccessStatusCode();
        using var checkout = Checkouts.Request(Guid.NewGuid(), paymentMethod);
        using var placed = await shopper.SendAsync(checkout);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (await placed.JsonAsync()).GetProperty("parts")[0].GetProperty("partId").GetGuid();
    }

    private static string Day(DateOnly today, int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task CertificateAsync(TestCooperative cooperative, int expiresInDays, string number)
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);
        using var form = Cooperatives.CertificateForm(
            "VietGap", null, Day(today, -100), Day(today, expiresInDays), number: number);
        using var submitted = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates", form);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var id = (await submitted.JsonAsync()).GetProperty("certificateId").GetGuid();
        var admin = await factory.AdminAsync();
        (await admin.PostAsJsonAsync($"/api/v1/admin/certificates/{id}/decisions", new { decision = "Verify" })).EnsureSuccessStatusCode();
    }
}
