using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>What the catalog refuses: a clear 4xx in the caller's language, never a 500, nothing half-saved.</summary>
public sealed class CatalogBadInputTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Theory]
    [InlineData(5_000)]
    [InlineData(10_000)]
    public async Task AHugeSearch_IsRefusedWithA4xx(int length)
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/products?q=" + new string('a', length));
        Assert.InRange((int)response.StatusCode, 400, 499);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal(
                "Từ khóa tìm kiếm tối đa 200 ký tự.", (await response.JsonAsync()).GetProperty("errors").GetProperty("Text")[0].GetString());
        }
    }

    [Fact]
    public async Task ANegativeOrInvertedPriceRange_Is400_AndThePageExplainsIt()
    {
        using var negative = await factory.CreateClient().GetAsync("/api/v1/products?minPrice=-5");
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        using var inverted = await factory.CreateClient().InEnglish().GetAsync("/api/v1/products?minPrice=500000&maxPrice=1000");
        Assert.Equal(
            "The highest price must not be below the lowest.", (await inverted.JsonAsync()).GetProperty("errors").GetProperty("MaxPrice")[0].GetString());

        var page = await factory.CreateClient().GetPageAsync("/products?minPrice=500000&maxPrice=1000");
        Assert.Equal(200, page.Status);
        Assert.Contains("Giá đến phải lớn hơn hoặc bằng giá từ.", page.Text(".errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyName_AnUnknownCategory_AndAFakePicture_Are400_AndNothingIsSaved()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using (var empty = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/products", new { categoryId = Guid.NewGuid(), name = "" }))
        {
            var errors = (await empty.JsonAsync()).GetProperty("errors");
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.True(errors.TryGetProperty("Name", out _));
        }

        using (var unknown = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/products", new { categoryId = Guid.NewGuid(), name = "Sản phẩm" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("CategoryId", out _));
        }

        Assert.Empty((await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/products")).JsonAsync()).EnumerateArray());

        var categories = await (await factory.CreateClient().GetAsync("/api/v1/categories")).JsonAsync();
        var created = await (await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/products",
            new { categoryId = categories[0].GetProperty("categoryId").GetGuid(), name = "Sản phẩm thật" })).JsonAsync();
        var file = new ByteArrayContent("GIF89a not really"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent { { file, "file", "anh.png" } };
        using var picture = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/products/{created.GetProperty("productId").GetGuid()}/images", form);
        Assert.Equal(HttpStatusCode.BadRequest, picture.StatusCode);
        Assert.Equal(
            "Tệp phải là ảnh JPEG hoặc PNG, không quá 5 MB.", (await picture.JsonAsync()).GetProperty("errors").GetProperty("Image")[0].GetString());
    }

    [Fact]
    public async Task AnAdminsCategoryTree_RefusesADuplicate_AndOthersCannotTouchIt()
    {
        var admin = await factory.AdminAsync();
        using var created = await admin.PostAsJsonAsync("/api/v1/admin/categories", new { name = "Mật ong", nameEnglish = "Honey" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var duplicate = await admin.PostAsJsonAsync("/api/v1/admin/categories", new { name = "Mật Ong", nameEnglish = "Honey again" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var (person, _) = await factory.NewPersonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await person.PostAsJsonAsync("/api/v1/admin/categories", new { name = "X", nameEnglish = "X" })).StatusCode);
        var tree = await (await factory.CreateClient().GetAsync("/api/v1/categories")).JsonAsync();
        Assert.Single(tree.EnumerateArray(), c => c.GetProperty("slug").GetString() == "mat-ong");
    }
}
