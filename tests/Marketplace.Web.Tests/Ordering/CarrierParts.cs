using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>A packed part ready for a carrier, and who is behind it: the cooperative, its tea, the order, the shopper's address.</summary>
public sealed record PackedPart(TestCooperative Cooperative, TestListing Tea, JsonElement Order, Guid PartId, string Email);

/// <summary>What the carriers' tests (GHN's, Viettel Post's) do the same way: a packed part to book, a step taken, the part as staff see it.</summary>
internal static class CarrierParts
{
    /// <summary>
    /// A cooperative in Thái Nguyên that sends by <paramref name="carrier"/> only, its tea (500 g
    /// bags at 80,000 ₫, 10 in stock) in a box of <paramref name="box"/> cm, a cash order of two bags
    /// to phường Hải Châu, <paramref name="province"/>, confirmed and packed.
    /// </summary>
    public static async Task<PackedPart> PackedAsync(MarketplaceFactory factory, string carrier, (int Length, int Width, int Height) box, string province)
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using (var set = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping",
            new { feeVnd = 30_000, freeFromVnd = (long?)null, ownDelivery = "Off", carriers = new[] { carrier } }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var tea = await factory.Listing().SoldBy(cooperative).Priced(80_000).WithStock(10).BuildAsync();
        var product = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{tea.ProductId}")).JsonAsync();
        using (var boxed = await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{tea.ProductId}/variants/{tea.VariantId}", new
        {
            version = product.GetProperty("variants")[0].GetProperty("version").GetGuid(),
            sku = tea.Sku,
            unit = "bag",
            netWeightGrams = 500,
            priceVnd = 80_000,
            stock = 10,
            box = new { lengthCm = box.Length, widthCm = box.Width, heightCm = box.Height },
        }))
        {
            Assert.Equal(HttpStatusCode.OK, boxed.StatusCode);
        }

        var (shopper, email) = await factory.NewPersonAsync(carrier.ToLowerInvariant());
        var order = await shopper.PlaceOrderAsync("CashOnDelivery", province, (tea, 2));
        var partId = order.Part(cooperative.Name).GetProperty("partId").GetGuid();
        await MovedAsync(cooperative.Owner, $"/api/v1/cooperatives/order-parts/{partId}/Confirm");
        await MovedAsync(cooperative.Owner, $"/api/v1/cooperatives/order-parts/{partId}/Pack");
        return new PackedPart(cooperative, tea, order, partId, email);
    }

    public static async Task<JsonElement> MovedAsync(HttpClient staff, string url)
    {
        using var moved = await staff.PostAsJsonAsync(url, new { });
        Assert.True(moved.IsSuccessStatusCode, $"{url}: {(int)moved.StatusCode} {await moved.Content.ReadAsStringAsync()}");
        return await moved.JsonAsync();
    }

    public static async Task<JsonElement> PartAsync(TestCooperative cooperative, Guid partId)
    {
        var parts = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/order-parts")).JsonAsync();
        return parts.EnumerateArray().Single(p => p.GetProperty("partId").GetGuid() == partId);
    }
}
