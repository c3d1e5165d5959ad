using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>The demo's past orders: the shoppers have a history, and the cooperatives parts in every state.</summary>
public sealed class DemoOrdersTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task DemoShoppersHaveOrders_InEveryState()
    {
        var states = new HashSet<string>();
        for (var i = 1; i <= 5; i++)
        {
            var shopper = await factory.BearerClientAsync($"shopper{i}@example.vn", "Shopper#Demo2025");
            var orders = await (await shopper.GetAsync("/api/v1/orders")).JsonAsync();
            Assert.NotEqual(0, orders.GetArrayLength());
            foreach (var part in orders.EnumerateArray().SelectMany(o => o.GetProperty("parts").EnumerateArray()))
            {
                states.Add(part.GetProperty("status").GetString()!);
            }
        }

        Assert.Equal(["Cancelled", "Confirmed", "Delivered", "Packed", "Placed", "Shipped"], states.Order(StringComparer.Ordinal));
    }
}
