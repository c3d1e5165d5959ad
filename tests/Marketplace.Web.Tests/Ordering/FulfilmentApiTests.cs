using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Ordering.Features.PlaceOrder;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>Each cooperative fulfils only its own part, step by step; a step out of turn is 409; cancelling gives the stock back.</summary>
public sealed class FulfilmentApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private async Task<(HttpClient Shopper, JsonElement Order)> OrderAsync(params (TestListing Listing, int Quantity)[] lines)
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        foreach (var (listing, quantity) in lines)
        {
            (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity })).EnsureSuccessStatusCode();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(
                new { recipient = "Lê Văn Nam", phone = "0987654321", province = "Cao Bằng", commune = "xã Thạch An", street = "thôn Độc Lập" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var placed = await shopper.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (shopper, await placed.JsonAsync());
    }

    private static JsonElement PartOf(JsonElement order, TestListing listing) =>
        order.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("vendorId").GetGuid() == listing.Cooperative.Id);

    private static Task<HttpResponseMessage> StepAsync(HttpClient staff, Guid partId, string action, object? body = null) =>
        staff.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/{action}", body ?? new { });

    [Fact]
    public async Task EachCooperative_ShipsAndDeliversItsOwnPart_AndTheShopperSeesEveryStep()
    {
        var teaListing = await factory.Listing().BuildAsync();
        var steviaListing = await factory.Listing().BuildAsync();
        var (shopper, order) = await OrderAsync((teaListing, 2), (steviaListing, 1));
        var tea = PartOf(order, teaListing).GetProperty("partId").GetGuid();
        var stevia = PartOf(order, steviaListing).GetProperty("partId").GetGuid();
        var suoiGiang = teaListing.Cooperative.Owner;
        var thaoDuong = steviaListing.Cooperative.Owner;

        // Each sees only its own part.
        var cooperativeId = teaListing.Cooperative.Id;
        var parts = await (await suoiGiang.GetAsync($"/api/v1/cooperatives/{cooperativeId}/order-parts?status=Placed")).JsonAsync();
        Assert.Contains(parts.EnumerateArray(), p => p.GetProperty("partId").GetGuid() == tea);
        Assert.DoesNotContain(parts.EnumerateArray(), p => p.GetProperty("partId").GetGuid() == stevia);
        Assert.Equal(HttpStatusCode.NotFound, (await StepAsync(thaoDuong, tea, "Confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await thaoDuong.GetAsync($"/api/v1/cooperatives/{cooperativeId}/order-parts")).StatusCode);

        (await StepAsync(suoiGiang, tea, "Confirm")).EnsureSuccessStatusCode();
        (await StepAsync(suoiGiang, tea, "Pack")).EnsureSuccessStatusCode();
        using (var noTracking = await StepAsync(suoiGiang, tea, "Ship", new { carrier = "Viettel Post" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noTracking.StatusCode);
        }

        (await StepAsync(suoiGiang, tea, "Ship", new { carrier = "Viettel Post", trackingNumber = "VTP123456789" })).EnsureSuccessStatusCode();
        using var delivered = await StepAsync(suoiGiang, tea, "Deliver");
        var part = await delivered.JsonAsync();
        Assert.Equal("Delivered", part.GetProperty("status").GetString());
        Assert.Equal(part.GetProperty("cashDue").GetProperty("amount").GetInt64(), part.GetProperty("cashCollected").GetProperty("amount").GetInt64());
        Assert.Equal(
            ["Placed", "Confirmed", "Packed", "Shipped", "Delivered"],
            part.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("status").GetString()));

        var seen = await (await shopper.GetAsync($"/api/v1/orders/{order.GetProperty("orderId").GetGuid()}")).JsonAsync();
        Assert.Equal("Delivered", PartOf(seen, teaListing).GetProperty("status").GetString());
        Assert.Equal("VTP123456789", PartOf(seen, teaListing).GetProperty("trackingNumber").GetString());
        Assert.Equal("Placed", PartOf(seen, steviaListing).GetProperty("status").GetString());

        var buyer = seen.GetProperty("buyerEmail").GetString()!;
        await People.EventuallyAsync(
            () => Task.FromResult(Directory.Exists(factory.MailFolder) && Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText)
                .Count(m => m.Contains(buyer, StringComparison.OrdinalIgnoreCase)) >= 5),
            "a mail for the order and for each of the four steps");
    }

    [Fact]
    public async Task AStepOutOfTurn_Is409_AndChangesNothing()
    {
        var listing = await factory.Listing().BuildAsync();
        var (_, order) = await OrderAsync((listing, 1));
        var part = PartOf(order, listing).GetProperty("partId").GetGuid();
        var staff = listing.Cooperative.Owner;

        using var ship = await StepAsync(staff, part, "Ship", new { carrier = "GHN", trackingNumber = "GHN1" });
        Assert.Equal(HttpStatusCode.Conflict, ship.StatusCode);
        Assert.Equal("order_part.transition_not_allowed", (await ship.JsonAsync()).GetProperty("code").GetString());
        var parts = await (await staff.GetAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/order-parts")).JsonAsync();
        Assert.Equal("Placed", parts.EnumerateArray().Single(p => p.GetProperty("partId").GetGuid() == part).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheShopperCancelsBeforeConfirmation_NotAfter_AndCancelledStockComesBack()
    {
        var macadamiaListing = await factory.Listing().WithStock(30).BuildAsync();
        var longanListing = await factory.Listing().WithStock(30).BuildAsync();
        var (shopper, order) = await OrderAsync((macadamiaListing, 2), (longanListing, 1));
        var orderId = order.GetProperty("orderId").GetGuid();
        var macadamia = PartOf(order, macadamiaListing).GetProperty("partId").GetGuid();
        var longan = PartOf(order, longanListing).GetProperty("partId").GetGuid();
        Assert.Equal(28, await factory.StockAsync(macadamiaListing));

        using (var cancelled = await shopper.PostAsJsonAsync($"/api/v1/orders/{orderId}/parts/{macadamia}/cancel", new { reason = "Đặt nhầm." }))
        {
            Assert.Equal("Cancelled", (await cancelled.JsonAsync()).GetProperty("status").GetString());
        }

        await People.EventuallyAsync(async () => await factory.StockAsync(macadamiaListing) == 30, "the cancelled stock to come back");

        var sonThuy = longanListing.Cooperative.Owner;
        (await StepAsync(sonThuy, longan, "Confirm")).EnsureSuccessStatusCode();
        using var late = await shopper.PostAsJsonAsync($"/api/v1/orders/{orderId}/parts/{longan}/cancel", new { reason = "Muộn rồi." });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);

        using var noReason = await StepAsync(sonThuy, longan, "Cancel");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using var byVendor = await StepAsync(sonThuy, longan, "Cancel", new { reason = "Hết hàng trong kho." });
        Assert.Equal("Cancelled", (await byVendor.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task HundredConcurrentCheckouts_OfTheLastTenUnits_PlaceExactlyTen()
    {
        var listing = await factory.Listing().WithStock(10).BuildAsync();
        var variant = listing.VariantId;

        var buyers = Enumerable.Range(0, 100).Select(i => (UserId.From(Guid.NewGuid()), $"race-{i}@example.vn")).ToList();
        foreach (var (buyer, _) in buyers)
        {
            await using var scope = factory.CreateScope();
            var added = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SetCartLineCommand(CartOwner.Person(buyer), variant, 1, Add: true));
            Assert.True(added.IsSuccess);
        }

        var results = await Task.WhenAll(buyers.Select(b => Task.Run(async () =>
        {
            await using var scope = factory.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PlaceOrderCommand(
                CartOwner.Person(b.Item1), b.Item1, b.Item2, Guid.NewGuid().ToString(),
                new DeliveryAddress("Khách", "0912345678", "Hà Nội", "phường Ba Đình", "1 Điện Biên Phủ"),
                null, PaymentMethod.CashOnDelivery, "vi"));
        })));

        Assert.Equal(10, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Contains(r.Error!.Code, new[] { "stock.insufficient", "checkout.cart_has_problems" }));
        Assert.Equal(0, await factory.StockAsync(listing));
    }
}
