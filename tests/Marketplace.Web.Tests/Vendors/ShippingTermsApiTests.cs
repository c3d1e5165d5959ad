using System.Net;
using System.Net.Http.Json;
using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>Each cooperative's delivery fee and free-delivery threshold: set by its people, shown on its storefront, asked by checkout.</summary>
public sealed class ShippingTermsApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TheOwner_SetsTheTerms_TheStorefrontShowsThem_AndCheckoutGetsThemThroughTheMediator()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var set = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping", new { feeVnd = 25_000, freeFromVnd = 300_000 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var storefront = await (await factory.CreateClient().GetAsync($"/api/v1/storefronts/{cooperative.Slug}")).JsonAsync();
        Assert.Equal(25_000, storefront.GetProperty("shipping").GetProperty("fee").GetProperty("amount").GetInt64());
        var page = await factory.CreateClient().GetPageAsync($"/storefronts/{cooperative.Slug}");
        Assert.Equal("Phí giao hàng 25.000\u00A0₫, miễn phí cho đơn từ 300.000\u00A0₫", page.Text(".shipping"));

        await using var scope = factory.CreateScope();
        var terms = (await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new GetShippingTermsQuery([CooperativeId.From(cooperative.Id)])))[CooperativeId.From(cooperative.Id)];
        Assert.Equal(25_000, terms.FeeFor(Marketplace.SharedKernel.Money.Dong(299_000)).Amount);
        Assert.Equal(0, terms.FeeFor(Marketplace.SharedKernel.Money.Dong(300_000)).Amount);
    }

    [Fact]
    public async Task ANegativeFee_Is400_AnotherCooperativesPeopleGet404_AndNothingChanges()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var negative = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping", new { feeVnd = -1, freeFromVnd = (long?)null });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);

        var other = await factory.ApprovedCooperativeAsync();
        using var foreign = await other.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping", new { feeVnd = 0, freeFromVnd = (long?)null });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        var settings = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront")).JsonAsync();
        Assert.Equal(30_000, settings.GetProperty("shipping").GetProperty("fee").GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task MisspelledFields_Are400NamingTheMissingOne_AndTheFeeStays()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var set = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping", new { feeVnd = 25_000, freeFromVnd = 300_000 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        using var misspelled = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping", new { fee_vnd = 0, freeFrom = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, misspelled.StatusCode);
        Assert.Equal("application/problem+json", misspelled.Content.Headers.ContentType?.MediaType);
        Assert.Contains("feeVnd", (await misspelled.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var settings = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront")).JsonAsync();
        Assert.Equal(25_000, settings.GetProperty("shipping").GetProperty("fee").GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task TheDemoCooperatives_HaveTheirOwnTerms()
    {
        var dongDin = await (await factory.CreateClient().GetAsync("/api/v1/storefronts/htx-nong-nghiep-kinh-doanh-tong-hop-dong-din")).JsonAsync();
        Assert.Equal(15_000, dongDin.GetProperty("shipping").GetProperty("fee").GetProperty("amount").GetInt64());
        Assert.Equal(200_000, dongDin.GetProperty("shipping").GetProperty("freeFrom").GetProperty("amount").GetInt64());
    }
}
