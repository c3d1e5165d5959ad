using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Persistence;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// Search as people type (SQLite, then PostgreSQL): synonyms the admins keep, category and
/// cooperative names, a typo corrected with "did you mean", the closer of two words that fold
/// alike, and suggestions as one types. <see cref="SearchEvaluationTests"/> measures the whole.
/// </summary>
public sealed class SearchAsPeopleTypeTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private async Task<string[]> NamesAsync(string query)
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/products?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();
    }

    /// <summary>
    /// A made-up word, eight letters drawn from a to z after <paramref name="start"/>: no product or
    /// other test uses it, nor any word within the two edits a correction may make.
    /// </summary>
    private static string Word(string start) =>
        start + new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());

    [Fact]
    public async Task ASynonymGroupAnAdminKeeps_FindsTheOtherTermsProducts_AtOnce_UntilItIsDeleted()
    {
        var local = Word("qua");
        var other = Word("fruit");
        var listing = await factory.Listing().Named($"Mứt {local} sấy dẻo").Described("Mứt làm thủ công.").BuildAsync();
        Assert.Empty(await NamesAsync(other));

        var admin = await factory.AdminAsync();
        using var added = await admin.PostAsJsonAsync("/api/v1/admin/search-synonyms", new { terms = $"{local}, {other}" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var synonymId = (await added.JsonAsync()).GetProperty("synonymId").GetGuid();
        Assert.Equal([listing.Name], await NamesAsync(other));

        // A term is in one group only (as search folds it: case and diacritics aside), and a group has two terms.
        using var twice = await admin.PostAsJsonAsync("/api/v1/admin/search-synonyms", new { terms = $"{other.ToUpperInvariant()}, {Word("x")}" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        using var alone = await admin.PostAsJsonAsync("/api/v1/admin/search-synonyms", new { terms = $"{Word("y")}, ,  " });
        Assert.Equal(HttpStatusCode.BadRequest, alone.StatusCode);
        Assert.Equal("application/problem+json", alone.Content.Headers.ContentType?.MediaType);

        // 439 characters as typed, 548 as saved (", " between terms): refused before the column (500) would refuse it.
        var many = string.Join(',', Enumerable.Range(0, 110).Select(i => $"{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}{i % 10}"));
        Assert.Equal(439, many.Length);
        using var tooLong = await admin.PostAsJsonAsync("/api/v1/admin/search-synonyms", new { terms = many });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var (person, _) = await factory.NewPersonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await person.PostAsJsonAsync("/api/v1/admin/search-synonyms", new { terms = "a1, b1" })).StatusCode);

        // Through the admins' page: the group is listed, and deleting it takes it out of search at once.
        var pages = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var page = await pages.GetPageAsync("/admin/search-synonyms");
        Assert.Contains($"{local}, {other}", page.Document.QuerySelectorAll("#synonyms input[name=terms]").Select(i => i.GetAttribute("value")));
        using var deleted = await pages.SubmitAsync(page, $"form[action*='{synonymId}'][action*='Delete']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Empty(await NamesAsync(other));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/search-synonyms/{synonymId}")).StatusCode);
    }

    [Fact]
    public async Task ACategoryOrCooperativeName_FindsItsProducts_AndARenamedCategory_ByItsNewNameAtOnce()
    {
        var cooperative = await factory.ApprovedCooperativeAsync("HTX " + Word("Bản"));
        var admin = await factory.AdminAsync();
        var categoryName = Word("Dược liệu ");
        using var created = await admin.PostAsJsonAsync("/api/v1/admin/categories", new { name = categoryName, nameEnglish = Word("Herbs ") });
        var category = await created.JsonAsync();
        var listing = await factory.Listing().SoldBy(cooperative).InCategory(category.GetProperty("slug").GetString()!)
            .Named("Cà gai leo " + Word("x")).Described("Phơi khô tự nhiên.").BuildAsync();

        Assert.Equal([listing.Name], await NamesAsync(categoryName));
        Assert.Equal([listing.Name], await NamesAsync(cooperative.Name));

        var renamed = Word("Thảo dược ");
        (await admin.PutAsJsonAsync($"/api/v1/admin/categories/{category.GetProperty("categoryId").GetGuid()}", new { name = renamed, nameEnglish = "Herbs" }))
            .EnsureSuccessStatusCode();
        Assert.Equal([listing.Name], await NamesAsync(renamed));
        Assert.Empty(await NamesAsync(categoryName));
    }

    [Fact]
    public async Task ATypo_FindsWhatWasMeant_AndThePageSaysWhatItTookItToMean()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/products?q=shan+tuyt");
        var page = await response.JsonAsync();
        Assert.Equal("shan tuyết", page.GetProperty("corrected").GetString());
        // Other tests of this class add teas named "Trà Shan Tuyết …" too: the demo's two are among those found.
        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Contains("Hồng trà Shan Tuyết", names);
        Assert.Contains("Trà Shan Tuyết cổ thụ", names);
        Assert.All(names, name => Assert.Contains("Shan Tuyết", name, StringComparison.Ordinal));

        var html = await factory.CreateClient().GetPageAsync("/products?q=shan+tuyt");
        Assert.Contains("shan tuyt", html.Text("#corrected"), StringComparison.Ordinal);
        Assert.Equal("/products?q=shan%20tuy%E1%BA%BFt", html.Document.QuerySelector("#corrected a")!.GetAttribute("href"));

        // Found as typed: nothing is corrected.
        var asTyped = await (await factory.CreateClient().GetAsync("/api/v1/products?q=shan")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, asTyped.GetProperty("corrected").ValueKind);
    }

    [Fact]
    public async Task TwoWordsThatFoldAlike_TheOneTypedComesFirst_OrWithoutDiacriticsTheOneMostProductsWrite()
    {
        Assert.Equal(["Long nhãn sấy khô", "Nhãn tươi"], (await NamesAsync("nhan")).Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(["Long nhãn sấy khô", "Nhãn tươi"], (await NamesAsync("nhãn")).Take(2).Order(StringComparer.Ordinal));
        Assert.Equal("Nhân mắc ca", (await NamesAsync("nhân"))[0]);
    }

    [Fact]
    public async Task Suggestions_AsOneTypes_NameCategoriesCooperativesAndProducts_HoldingEveryWordBegun()
    {
        var client = factory.CreateClient();
        var fruit = (await (await client.GetAsync("/api/v1/products/suggestions?q=" + Uri.EscapeDataString("trái"))).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal("Trái cây", fruit[0].GetProperty("text").GetString());
        Assert.Equal("Category", fruit[0].GetProperty("kind").GetString());
        Assert.Equal("/products?category=trai-cay", fruit[0].GetProperty("url").GetString());

        var tea = (await (await client.GetAsync("/api/v1/products/suggestions?q=tra+sh")).JsonAsync()).EnumerateArray()
            .Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.Contains("Trà Shan Tuyết cổ thụ", tea);
        Assert.DoesNotContain("Trà móc câu", tea);
        Assert.Empty((await (await client.GetAsync("/api/v1/products/suggestions?q=%20")).JsonAsync()).EnumerateArray());

        var page = await client.GetPageAsync("/products");
        Assert.Equal("search-suggestions", page.Document.QuerySelector("#q[role=combobox]")!.GetAttribute("aria-controls"));
        Assert.NotNull(page.Document.QuerySelector("ul#search-suggestions[role=listbox][data-kinds][hidden]"));
    }

    [Fact]
    public async Task ANewProduct_IsSuggested_AsSoonAsItIsPublished()
    {
        var client = factory.CreateClient();
        var word = Word("mien");
        Assert.Empty((await (await client.GetAsync("/api/v1/products/suggestions?q=" + word)).JsonAsync()).EnumerateArray());

        var listing = await factory.Listing().Named($"Bánh đa {word}").BuildAsync();
        var suggested = (await (await client.GetAsync("/api/v1/products/suggestions?q=" + word)).JsonAsync()).EnumerateArray()
            .Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.Equal([listing.Name], suggested);
    }

    [Fact]
    public async Task ProductsSavedBeforeSearchNames_AreNamedByTheUpgradeAfterTheMigrations()
    {
        var categoryName = Word("Nông sản ");
        var admin = await factory.AdminAsync();
        var category = await (await admin.PostAsJsonAsync("/api/v1/admin/categories", new { name = categoryName, nameEnglish = "Produce" })).JsonAsync();
        var listing = await factory.Listing().InCategory(category.GetProperty("slug").GetString()!).Described("Ngon.").BuildAsync();
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            await db.Products.Where(p => p.Id == listing.ProductId).ExecuteUpdateAsync(set => set.SetProperty(p => p.SearchName, string.Empty));
        }

        Assert.Empty(await NamesAsync(categoryName));
        await using (var scope = factory.CreateScope())
        {
            foreach (var upgrade in scope.ServiceProvider.GetServices<IDataUpgrade>())
            {
                await upgrade.UpgradeAsync(CancellationToken.None);
            }
        }

        Assert.Equal([listing.Name], await NamesAsync(categoryName));
    }
}
