using System.Net.Http.Json;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The checkout a shopper's app sends, as the crash and scale-out tests send it again and again.</summary>
public static class Checkouts
{
    /// <summary>POST /api/v1/orders to a Cao Bằng address, under the key a retry sends again; cash on delivery unless said.</summary>
    public static HttpRequestMessage Request(Guid idempotencyKey, string paymentMethod = "CashOnDelivery")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                recipient = "Lê Văn Nam",
                phone = "0987654321",
                province = "Cao Bằng",
                commune = "xã Thạch An",
                street = "thôn Độc Lập",
                paymentMethod,
            }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey.ToString());
        return request;
    }

    /// <summary>A new shopper orders one unit of the listing; returns the cooperative's part of the order.</summary>
    public static async Task<Guid> OrderOneAsync(this MarketplaceFactory factory, TestListing listing, string paymentMethod = "CashOnDelivery")
    {
        ArgumentNullException.ThrowIfNull(listing);
        var (shopper, _) = await factory.NewPersonAsync("mua");
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 1 })).EnsureSuccessStatusCode();
        using var checkout = Request(Guid.NewGuid(), paymentMethod);
        using var placed = await shopper.SendAsync(checkout);
        Assert.Equal(System.Net.HttpStatusCode.Created, placed.StatusCode);
        return (await placed.JsonAsync()).GetProperty("parts")[0].GetProperty("partId").GetGuid();
    }
}
