using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>Only a shopper who received a product reviews it, once per order line; its cooperative answers; an admin hides.</summary>
public sealed class ReviewApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private async Task<(HttpClient Shopper, Guid OrderId, Guid PartId, VariantId VariantId, TestListing Listing)> OrderedAsync()
    {
        var listing = await factory.Listing().BuildAsync();
        var (shopper, _) = await factory.NewPersonAsync("khach");
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 1 })).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(
                new { recipient = "Đỗ Minh Anh", phone = "0912345678", province = "Huế", commune = "phường Thuận Hóa", street = "3 Lê Lợi" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var order = await (await shopper.SendAsync(request)).JsonAsync();
        var part = order.GetProperty("parts")[0];
        var cart = part.GetProperty("lines")[0];
        return (
            shopper,
            order.GetProperty("orderId").GetGuid(),
            part.GetProperty("partId").GetGuid(),
            VariantId.From(cart.GetProperty("variantId").GetGuid()),
            listing);
    }

    private static Task<HttpResponseMessage> ReviewAsync(
        HttpClient client, Guid orderId, Guid partId, VariantId variantId, int stars = 5, string text = "Rất ngon.") =>
        client.PostAsJsonAsync($"/api/v1/orders/{orderId}/parts/{partId}/lines/{variantId}/review", new { stars, text });

    private static async Task DeliverAsync(TestListing listing, Guid partId)
    {
        var staff = listing.Cooperative.Owner;
        foreach (var step in new[] { "Confirm", "Pack", "Ship", "Deliver" })
        {
            (await staff.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/{step}", new { carrier = "GHN", trackingNumber = "GHN1" }))
                .EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task AReceivedProduct_IsReviewedOnce_ShowsOnItsPage_AndItsCooperativeAnswers()
    {
        var (shopper, orderId, partId, variantId, listing) = await OrderedAsync();
        var productId = listing.ProductId;
        using (var tooEarly = await ReviewAsync(shopper, orderId, partId, variantId))
        {
            Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
            Assert.Equal("review.not_received", (await tooEarly.JsonAsync()).GetProperty("code").GetString());
        }

        await DeliverAsync(listing, partId);
        using (var written = await ReviewAsync(shopper, orderId, partId, variantId, 4, "Nhãn ngọt, cùi dày."))
        {
            Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        }

        using (var twice = await ReviewAsync(shopper, orderId, partId, variantId))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        }

        var page = await (await factory.CreateClient().GetAsync($"/api/v1/products/{productId}")).JsonAsync();
        var review = page.GetProperty("reviews").EnumerateArray().Single(r => r.GetProperty("text").GetString() == "Nhãn ngọt, cùi dày.");
        Assert.Equal(4, review.GetProperty("stars").GetInt32());
        // The account's display name ("khach", chosen at registration), never the delivery's recipient.
        Assert.Equal("khach", review.GetProperty("reviewerName").GetString());
        Assert.DoesNotContain("Đỗ Minh Anh", page.GetRawText(), StringComparison.Ordinal);

        var reviewId = review.GetProperty("reviewId").GetGuid();
        var stranger = (await factory.ApprovedCooperativeAsync()).Owner;
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await stranger.PostAsJsonAsync($"/api/v1/cooperatives/reviews/{reviewId}/reply", new { reply = "x" })).StatusCode);
        var afterStranger = await (await factory.CreateClient().GetAsync($"/api/v1/products/{productId}")).JsonAsync();
        Assert.Equal(
            JsonValueKind.Null,
            afterStranger.GetProperty("reviews").EnumerateArray().Single(r => r.GetProperty("reviewId").GetGuid() == reviewId).GetProperty("reply").ValueKind);
        var owner = listing.Cooperative.Owner;
        (await owner.PostAsJsonAsync($"/api/v1/cooperatives/reviews/{reviewId}/reply", new { reply = "Cảm ơn chị!" })).EnsureSuccessStatusCode();

        var html = await factory.CreateClient().GetPageAsync($"/products/{productId}");
        Assert.Contains("Cảm ơn chị!", html.Text($"#review-{reviewId} .reply"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElse_CannotReviewAnotherShoppersLine_AndStarsMustBeOneToFive()
    {
        var (shopper, orderId, partId, variantId, listing) = await OrderedAsync();
        await DeliverAsync(listing, partId);
        var (stranger, _) = await factory.NewPersonAsync("la");
        Assert.Equal(HttpStatusCode.Conflict, (await ReviewAsync(stranger, orderId, partId, variantId)).StatusCode);
        using var six = await ReviewAsync(shopper, orderId, partId, variantId, 6);
        Assert.Equal(HttpStatusCode.BadRequest, six.StatusCode);
        Assert.True((await six.JsonAsync()).GetProperty("errors").TryGetProperty("Stars", out _));
    }

    [Fact]
    public async Task AnAdminHidesAReview_WithAReason_AndItLeavesTheProductPage()
    {
        var (shopper, orderId, partId, variantId, listing) = await OrderedAsync();
        var productId = listing.ProductId;
        await DeliverAsync(listing, partId);
        var written = await (await ReviewAsync(shopper, orderId, partId, variantId, 1, "Quảng cáo: mua nhãn rẻ tại trang khác!")).JsonAsync();
        var reviewId = written.GetProperty("reviewId").GetGuid();
        var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/admin/reviews/{reviewId}/moderation", new { hide = true })).StatusCode);
        (await admin.PostAsJsonAsync($"/api/v1/admin/reviews/{reviewId}/moderation", new { hide = true, reason = "Quảng cáo." })).EnsureSuccessStatusCode();

        var page = await (await factory.CreateClient().GetAsync($"/api/v1/products/{productId}")).JsonAsync();
        Assert.DoesNotContain(page.GetProperty("reviews").EnumerateArray(), r => r.GetProperty("reviewId").GetGuid() == reviewId);
    }

    [Fact]
    public async Task TheDemoShoppers_HaveReviewedWhatTheyReceived()
    {
        var search = await (await factory.CreateClient().GetAsync("/api/v1/products?q=tra+shan+tuyet+co+thu")).JsonAsync();
        var tea = search.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "Trà Shan Tuyết cổ thụ").GetProperty("productId").GetGuid();
        var page = await (await factory.CreateClient().GetAsync($"/api/v1/products/{tea}")).JsonAsync();
        Assert.NotEqual(JsonValueKind.Null, page.GetProperty("rating").ValueKind);
        Assert.NotEmpty(page.GetProperty("reviews").EnumerateArray());
    }
}
