using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// A product's address is words (its cooperative's and its own name's): the card links to it, the
/// address by id answers with a permanent redirect to it, one in capitals names it as its canonical, a rename gives a new
/// address and the old one redirects to it, and a hidden product's addresses are all 404.
/// </summary>
public sealed class ProductAddressTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TheAddressIsWords_OldAddressesRedirectToIt_AndARenameKeepsTheOldOneWorking()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tea = await factory.Listing().Named("Chè búp Tân Cương " + suffix).BuildAsync();
        var expected = $"/products/{tea.Cooperative.Slug}/che-bup-tan-cuong-{suffix}";
        using var visitor = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var card = (await (await visitor.GetAsync("/api/v1/products?q=" + Uri.EscapeDataString(tea.Name))).JsonAsync()).GetProperty("items")[0];
        Assert.Equal(expected, card.GetProperty("path").GetString());
        var listing = await visitor.GetPageAsync("/products?q=" + Uri.EscapeDataString(tea.Name));
        Assert.NotNull(listing.Document.QuerySelector($"#products a[href='{expected}']"));

        using (var page = await visitor.GetAsync(expected))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        await RedirectsAsync(visitor, $"/products/{tea.ProductId}?lang=en", $"{expected}?lang=en");
        // In capitals it is the same page, which names its one address.
        var shouted = await visitor.GetPageAsync(expected.ToUpperInvariant());
        Assert.EndsWith(expected, shouted.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);

        // Renamed: the new name is the address, and the old one still reaches the product.
        var renamed = "Trà Tân Cương đặc biệt " + suffix;
        (await tea.Cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/products/{tea.ProductId}",
            new { categoryId = await factory.CategoryIdAsync(), name = renamed, description = "Chè Tân Cương hái tay." })).EnsureSuccessStatusCode();
        var now = $"/products/{tea.Cooperative.Slug}/tra-tan-cuong-dac-biet-{suffix}";
        await RedirectsAsync(visitor, expected, now);
        await RedirectsAsync(visitor, $"/products/{tea.ProductId}", now);
        using (var page = await visitor.GetAsync(now))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        // Hidden by an admin with the page's own form (its handler finds the product by the address in words): no address answers.
        var admin = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var seen = await admin.GetPageAsync(now);
        var reason = new Dictionary<string, string> { ["reason"] = "Ảnh không đúng sản phẩm." };
        var hidden = await Html.ParseAsync(await admin.SubmitAsync(seen, "#hide-form", reason));
        Assert.Equal("/admin/moderation", hidden.Url);

        foreach (var address in new[] { now, expected, $"/products/{tea.ProductId}", $"/products/{tea.Cooperative.Slug}/khong-co" })
        {
            using var gone = await visitor.GetAsync(address);
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }
    }

    private static async Task RedirectsAsync(HttpClient visitor, string from, string to)
    {
        using var response = await visitor.GetAsync(from);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location?.OriginalString);
    }
}
