using System.Net;
using System.Net.Http.Json;
using Marketplace.Accounts;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Accounts;

/// <summary>
/// Every module keeps a person by their account's id (ADR 0006), not by their e-mail: a buyer who
/// changes their e-mail still has their orders, their payment and their cart, and the old e-mail
/// opens nothing; an owner who changes theirs still runs their storefront.
/// </summary>
public sealed class EmailChangeTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task ABuyerWhoChangesTheirEmail_KeepsTheirOrderPaymentAndCart()
    {
        var listing = await factory.Listing().WithStock(5).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("BankTransfer", (listing, 1));
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 2 })).EnsureSuccessStatusCode();
        var oldEmail = order.GetProperty("buyerEmail").GetString()!;
        var newEmail = $"doi-{Guid.NewGuid():N}@example.vn";

        await ChangeEmailAsync(oldEmail, newEmail);

        using var renamed = await factory.BearerClientAsync(newEmail, People.Password);
        var orders = await (await renamed.GetAsync("/api/v1/orders")).JsonAsync();
        Assert.Equal([order.Id()], orders.EnumerateArray().Select(o => o.Id()));
        using var payment = await renamed.GetAsync($"/api/v1/orders/{order.Id()}/payment");
        Assert.Equal(HttpStatusCode.OK, payment.StatusCode);
        var cart = await (await renamed.GetAsync("/api/v1/cart")).JsonAsync();
        var line = Assert.Single(cart.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("lines").EnumerateArray()));
        Assert.Equal(2, line.GetProperty("quantity").GetInt32());

        // The token made before the change is no one's now (the security stamp changed with the e-mail).
        using var stale = await shopper.GetAsync("/api/v1/orders");
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        using var oldSignIn = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/token", new { email = oldEmail, password = People.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, oldSignIn.StatusCode);
    }

    [Fact]
    public async Task AnOwnerWhoChangesTheirEmail_StillRunsTheirStorefront_AndSeesTheirApplication()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var newEmail = $"chu-moi-{Guid.NewGuid():N}@example.vn";
        await ChangeEmailAsync(cooperative.OwnerEmail, newEmail);

        using var owner = await factory.BearerClientAsync(newEmail, People.Password);
        using var storefront = await owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront");
        Assert.Equal(HttpStatusCode.OK, storefront.StatusCode);
        using var application = await owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/application");
        Assert.Equal(HttpStatusCode.OK, application.StatusCode);
        using var edited = await owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront", Cooperatives.StorefrontEdit(cooperative.Name + " Đổi Thư"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        using var invited = await owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/staff", new { email = $"nv-{Guid.NewGuid():N}@example.vn", role = "Staff", culture = "vi" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
    }

    private async Task ChangeEmailAsync(string oldEmail, string newEmail)
    {
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketplaceUser>>();
        var user = await users.FindByEmailAsync(oldEmail);
        Assert.True((await users.SetEmailAsync(user!, newEmail)).Succeeded);
        Assert.True((await users.SetUserNameAsync(user!, newEmail)).Succeeded);
    }
}
