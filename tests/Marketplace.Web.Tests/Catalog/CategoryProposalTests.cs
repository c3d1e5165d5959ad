using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>A cooperative proposes a category the marketplace lacks; an admin makes it, or declines with a reason the cooperative reads.</summary>
public sealed class CategoryProposalTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task AProposedCategory_IsMadeByAnAdmin_AndTheCooperativeCanChooseIt()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var name = "Cà phê " + Guid.NewGuid().ToString("N")[..6];
        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var products = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/products");
        using (var sent = await pages.SubmitAsync(products, "#proposal-form", new Dictionary<string, string>
        {
            ["proposalName"] = name,
            ["proposalNote"] = "Cà phê Arabica"
        }))
        {
            Assert.Contains("Chờ duyệt", (await Html.ParseAsync(sent)).Text("#my-proposals"), StringComparison.Ordinal);
        }

        // The same again, or a category that exists, is said so beside the field.
        using (var twice = await pages.SubmitAsync(products, "#proposal-form", new Dictionary<string, string> { ["proposalName"] = name }))
        {
            Assert.Contains("đang chờ duyệt", (await Html.ParseAsync(twice)).Text("#ProposalName + .field-error"), StringComparison.Ordinal);
        }

        using (var exists = await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/category-proposals", new { name = "trà" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, exists.StatusCode);
            Assert.Equal("proposal.category_exists", (await exists.JsonAsync()).GetProperty("code").GetString());
        }

        using var admin = await factory.AdminAsync();
        var proposal = (await (await admin.GetAsync("/api/v1/admin/category-proposals")).JsonAsync())
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
        Assert.Equal(cooperative.Name, proposal.GetProperty("cooperative").GetString());
        var id = proposal.GetProperty("proposalId").GetGuid();

        // Accepting needs the English name, like any category; nothing is made without it.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/admin/category-proposals/{id}/decisions",
            new { accept = true })).StatusCode);
        using (var accepted = await admin.PostAsJsonAsync($"/api/v1/admin/category-proposals/{id}/decisions", new
        {
            accept = true,
            nameEnglish = "Coffee " + name[^6..]
        }))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal("Accepted", (await accepted.JsonAsync()).GetProperty("status").GetString());
        }

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/admin/category-proposals/{id}/decisions", new
        {
            accept = false,
            reason = "x"
        })).StatusCode);
        var categories = (await (await factory.CreateClient().GetAsync("/api/v1/categories")).JsonAsync()).EnumerateArray();
        Assert.Contains(categories, c => c.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task ADeclinedProposal_ShowsTheReason_AndAStrangerCannotPropose()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var (stranger, _) = await factory.NewPersonAsync("nguoi-la");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/category-proposals",
            new { name = "Nấm" })).StatusCode);

        var proposal = await (await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/category-proposals", new { name = "Nấm " + Guid.NewGuid().ToString("N")[..6] })).JsonAsync();
        var id = proposal.GetProperty("proposalId").GetGuid();
        using var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/admin/category-proposals/{id}/decisions",
            new { accept = false })).StatusCode);
        (await admin.PostAsJsonAsync($"/api/v1/admin/category-proposals/{id}/decisions", new
        {
            accept = false,
            reason = "Hãy chọn Rau củ."
        })).EnsureSuccessStatusCode();

        var page = await (await factory.SignedInPagesAsync(cooperative.OwnerEmail)).GetPageAsync($"/cooperatives/{cooperative.Id}/products");
        Assert.Contains("Hãy chọn Rau củ.", page.Text("#my-proposals"), StringComparison.Ordinal);
        Assert.Contains("Không tạo", page.Text("#my-proposals"), StringComparison.Ordinal);
    }
}
