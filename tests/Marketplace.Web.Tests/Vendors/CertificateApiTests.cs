using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Vendors.Features.CertificateReminders;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>Certificates from upload to badge, and the badge's end by the clock alone.</summary>
public sealed class CertificateApiTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    private static string Date(DateTimeOffset at, int days) =>
        DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(7)).DateTime)
            .AddDays(days)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonElement> SubmitAsync(TestCooperative cooperative, string kind, string? stars, int expiresInDays, Guid? productId = null)
    {
        var now = factory.Clock.GetUtcNow();
        using var form = Cooperatives.CertificateForm(kind, stars, Date(now, -100), Date(now, expiresInDays), productId: productId);
        using var response = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private async Task<IReadOnlyList<string>> BadgesAsync(TestCooperative cooperative)
    {
        var storefront = await (await factory.CreateClient().GetAsync($"/api/v1/storefronts/{cooperative.Slug}")).JsonAsync();
        return storefront.GetProperty("badges").EnumerateArray().Select(b => b.GetProperty("kind").GetString()!).ToList();
    }

    [Fact]
    public async Task AVerifiedCertificate_ShowsItsBadge_UntilTheClockPassesItsExpiry()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var certificate = await SubmitAsync(cooperative, "VietGap", null, expiresInDays: 30);
        Assert.Equal("Pending", certificate.GetProperty("status").GetString());
        Assert.Empty(await BadgesAsync(cooperative));

        var admin = await factory.AdminAsync();
        using var verified = await admin.PostAsJsonAsync(
            $"/api/v1/admin/certificates/{certificate.GetProperty("certificateId").GetGuid()}/decisions", new { decision = "Verify" });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(["VietGap"], await BadgesAsync(cooperative));
        var listed = await (await factory.CreateClient().GetAsync("/api/v1/storefronts")).JsonAsync();
        var card = listed.EnumerateArray().Single(s => s.GetProperty("vendorId").GetGuid() == cooperative.Id);
        Assert.Equal("VietGap", card.GetProperty("badges")[0].GetProperty("kind").GetString());

        try
        {
            factory.Clock.Shift = TimeSpan.FromDays(30); // the last day it is valid, in Vietnam
            Assert.Equal(["VietGap"], await BadgesAsync(cooperative));

            factory.Clock.Shift = TimeSpan.FromDays(31);
            Assert.Empty(await BadgesAsync(cooperative));
            // A month on, the owner's old token has expired too: sign in again.
            var owner = await factory.BearerClientAsync(cooperative.OwnerEmail, People.Password);
            var own = await (await owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates")).JsonAsync();
            Assert.True(own[0].GetProperty("isExpired").GetBoolean());
            Assert.Equal("Verified", own[0].GetProperty("status").GetString());
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task ADemoCooperativesBadge_ReachesItsProducts_ThroughTheCatalog()
    {
        var client = factory.CreateClient();
        var storefront = await (await client.GetAsync("/api/v1/storefronts/htx-thao-duong-vinh")).JsonAsync();
        Assert.Contains(storefront.GetProperty("badges").EnumerateArray(), b => b.GetProperty("kind").GetString() == "VietGap");

        var products = await (await client.GetAsync($"/api/v1/vendors/{storefront.GetProperty("vendorId").GetGuid()}/products")).JsonAsync();
        Assert.NotEqual(0, products.GetArrayLength());
        Assert.All(products.EnumerateArray(), p => Assert.Equal("VietGap", p.GetProperty("badges")[0].GetProperty("kind").GetString()));

        // Sơn Thủy's VietGAP was verified but has expired: no badge.
        var expired = await (await client.GetAsync("/api/v1/storefronts/htx-dich-vu-nong-nghiep-son-thuy")).JsonAsync();
        Assert.Empty(expired.GetProperty("badges").EnumerateArray());
    }

    private async Task VerifyAsync(JsonElement certificate) =>
        (await (await factory.AdminAsync()).PostAsJsonAsync(
            $"/api/v1/admin/certificates/{certificate.GetProperty("certificateId").GetGuid()}/decisions", new { decision = "Verify" }))
            .EnsureSuccessStatusCode().Dispose();

    private async Task<IReadOnlyList<string>> ProductBadgesAsync(TestListing listing)
    {
        var product = await (await factory.CreateClient().GetAsync($"/api/v1/products/{listing.ProductId}")).JsonAsync();
        return product.GetProperty("badges").EnumerateArray()
            .Select(b => b.GetProperty("kind").GetString()
                + (b.GetProperty("ocopStars") is { ValueKind: JsonValueKind.Number } stars ? $"{stars}" : string.Empty))
            .ToList();
    }

    [Fact]
    public async Task AnOcopRating_IsTheProductsItWasGivenTo_NotItsCooperativesOtherProducts()
    {
        var rated = await factory.Listing().Named("Trà OCOP " + Guid.NewGuid().ToString("N")[..6]).BuildAsync();
        var cooperative = rated.Cooperative;
        var other = await factory.Listing().SoldBy(cooperative).BuildAsync();
        var stranger = await factory.Listing().BuildAsync();
        var now = factory.Clock.GetUtcNow();

        // OCOP without its stars, or without its product, or naming another cooperative's product: 400, nothing kept.
        (string? Stars, Guid? Product, string Field)[] refused =
            [(null, rated.ProductId.Value, "OcopStars"), ("5", null, "ProductId"), ("5", stranger.ProductId.Value, "ProductId")];
        foreach (var (stars, product, field) in refused)
        {
            using var form = Cooperatives.CertificateForm("Ocop", stars, Date(now, -10), Date(now, 300), productId: product);
            using var response = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates", form);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        }

        Assert.Empty((await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates")).JsonAsync()).EnumerateArray());

        var ocop = await SubmitAsync(cooperative, "Ocop", "5", 300, rated.ProductId.Value);
        Assert.Equal(rated.Name, ocop.GetProperty("productName").GetString());
        await VerifyAsync(ocop);
        await VerifyAsync(await SubmitAsync(cooperative, "VietGap", null, 300));

        // The rated product shows its stars and the cooperative's VietGAP; its sibling and the storefront only the VietGAP.
        Assert.Equal(["VietGap", "Ocop5"], await ProductBadgesAsync(rated));
        Assert.Equal(["VietGap"], await ProductBadgesAsync(other));
        Assert.Equal(["VietGap"], await BadgesAsync(cooperative));

        // Filtering by OCOP finds the rated product and not its sibling; the facet counts it.
        var found = await (await factory.CreateClient().GetAsync($"/api/v1/products?vendor={cooperative.Slug}&certification=Ocop")).JsonAsync();
        Assert.Equal([rated.ProductId.Value], found.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("productId").GetGuid()));
        var all = await (await factory.CreateClient().GetAsync($"/api/v1/products?vendor={cooperative.Slug}")).JsonAsync();
        var facet = all.GetProperty("certifications").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(1, facet["Ocop"]);
        Assert.Equal(2, facet["VietGap"]);
    }

    [Fact]
    public async Task ACertificate_IsRemindedOf30DaysBeforeItExpires_Once_UnlessAlreadyRenewed()
    {
        var listing = await factory.Listing().BuildAsync();
        var cooperative = listing.Cooperative;
        var expiring = await SubmitAsync(cooperative, "Ocop", "3", 40, listing.ProductId.Value);
        await VerifyAsync(expiring);
        var renewedOld = await SubmitAsync(cooperative, "VietGap", null, 20, null);
        await VerifyAsync(renewedOld);
        await VerifyAsync(await SubmitAsync(cooperative, "VietGap", null, 700, null)); // already renewed: no reminder for the old one
        await SubmitAsync(cooperative, "Organic", null, 10, null); // never verified: no badge to lose, no reminder

        async Task<List<JsonElement>> RemindersAsync()
        {
            var owner = await factory.BearerClientAsync(cooperative.OwnerEmail, People.Password);
            var notices = await (await owner.GetAsync("/api/v1/notices")).JsonAsync();
            return [.. notices.GetProperty("notices").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "certificate")];
        }

        async Task RemindAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RemindExpiringCertificatesCommand());
        }

        try
        {
            await RemindAsync();
            await Task.Delay(1000); // the outbox would have raised a notice by now
            Assert.Empty(await RemindersAsync()); // 40 days away: not yet

            factory.Clock.Shift = TimeSpan.FromDays(11); // 29 days before it expires
            await RemindAsync();
            await RemindAsync();
            await People.EventuallyAsync(async () => (await RemindersAsync()).Count > 0, "the reminder's notice");
            await Task.Delay(1000);
            var reminders = await RemindersAsync();
            var reminder = Assert.Single(reminders);
            Assert.Contains("OCOP ★★★", reminder.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Contains(listing.Name, reminder.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Equal($"/cooperatives/{cooperative.Id}/certificates", reminder.GetProperty("link").GetString());
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Theory]
    [InlineData("Halal", "2026-01-01", "2027-01-01", "Kind")]
    [InlineData("VietGap", "2026-01-01", "2025-01-01", "ExpiresOn")]
    [InlineData("VietGap", "01/01/2026", "2027-01-01", "IssuedOn")]
    public async Task BadCertificateInput_Is400_NamingTheField(string kind, string issuedOn, string expiresOn, string field)
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var form = Cooperatives.CertificateForm(kind, null, issuedOn, expiresOn);
        using var response = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        Assert.Empty((await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Rejecting_NeedsAReason_IsAudited_AndADecidedCertificateCannotBeDecidedAgain()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var id = (await SubmitAsync(cooperative, "Organic", null, 200)).GetProperty("certificateId").GetGuid();
        var admin = await factory.AdminAsync();

        using (var noReason = await admin.PostAsJsonAsync($"/api/v1/admin/certificates/{id}/decisions", new { decision = "Reject" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        using (var rejected = await admin.PostAsJsonAsync(
            $"/api/v1/admin/certificates/{id}/decisions", new { decision = "Reject", reason = "Bản chụp không đọc được." }))
        {
            Assert.Equal("Rejected", (await rejected.JsonAsync()).GetProperty("status").GetString());
        }

        using var again = await admin.PostAsJsonAsync($"/api/v1/admin/certificates/{id}/decisions", new { decision = "Verify" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("certificate.already_decided", (await again.JsonAsync()).GetProperty("code").GetString());
        Assert.Empty(await BadgesAsync(cooperative));

        var audit = await (await admin.GetAsync($"/api/v1/admin/audit?subjectId={id}")).JsonAsync();
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("RejectCertificate", entry.GetProperty("action").GetString());
        Assert.Equal("Bản chụp không đọc được.", entry.GetProperty("reason").GetString());

        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await cooperative.Owner.PostAsJsonAsync($"/api/v1/admin/certificates/{id}/decisions", new { decision = "Verify" })).StatusCode);
    }
}
