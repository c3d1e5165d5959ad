using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Marketplace.Web.Tests.Vendors;

public sealed class StorefrontSettingsApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static byte[] Picture(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SeaGreen);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    private static MultipartFormDataContent OneFile(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    [Fact]
    public async Task ARenamedStorefront_IsBrowsedUnderItsNewSlugAtOnce_ThoughBrowsingIsCached()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        await factory.Listing().SoldBy(cooperative).Named("Mật ong rừng đổi tên").BuildAsync();
        var anonymous = factory.CreateClient();

        // Browsing caches every public product's row, with its cooperative's slug and province.
        Assert.Equal(1, await TotalAsync(anonymous, $"/api/v1/products?vendor={cooperative.Slug}"));

        var newName = $"HTX Đổi Tên {Guid.NewGuid().ToString("N")[..6]}";
        using var edited = await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront", Cooperatives.StorefrontEdit(newName));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var slug = (await edited.JsonAsync()).GetProperty("slug").GetString();
        await factory.DrainOutboxesAsync();

        // The catalog copies the new slug onto the products in one bulk UPDATE; the cached rows go with it.
        Assert.Equal(1, await TotalAsync(anonymous, $"/api/v1/products?vendor={slug}"));
        Assert.Equal(0, await TotalAsync(anonymous, $"/api/v1/products?vendor={cooperative.Slug}"));
    }

    private static async Task<int> TotalAsync(HttpClient client, string url) =>
        (await (await client.GetAsync(url)).JsonAsync()).GetProperty("total").GetInt32();

    [Fact]
    public async Task TheOwner_EditsTheStorefront_AndThePublicPageFollowsItsNewSlug()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var newName = $"HTX Mật Ong Đồi Chè {Guid.NewGuid().ToString("N")[..6]}";

        using var edited = await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront", Cooperatives.StorefrontEdit(newName));
        var settings = await edited.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var slug = settings.GetProperty("slug").GetString()!;
        Assert.StartsWith("htx-mat-ong-doi-che-", slug, StringComparison.Ordinal);
        Assert.Equal("0912345678", settings.GetProperty("phone").GetString());

        var anonymous = factory.CreateClient();
        var storefront = await (await anonymous.GetAsync($"/api/v1/storefronts/{slug}")).JsonAsync();
        Assert.Equal(newName, storefront.GetProperty("name").GetString());
        Assert.Equal("Nông sản sạch từ Như Cố", storefront.GetProperty("tagline").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/storefronts/{cooperative.Slug}")).StatusCode);
    }

    [Fact]
    public async Task ASlugAnotherCooperativeHas_Is409_AndNothingChanges()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var edited = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront", Cooperatives.StorefrontEdit("Tên Mới", "htx-suoi-giang"));
        var problem = await edited.JsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, edited.StatusCode);
        Assert.Equal("storefront.slug_taken", problem.GetProperty("code").GetString());
        Assert.Contains("htx-suoi-giang", problem.GetProperty("errors").GetProperty("Slug")[0].GetString(), StringComparison.Ordinal);
        var settings = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront")).JsonAsync();
        Assert.Equal(cooperative.Name, settings.GetProperty("name").GetString());
        Assert.Equal(cooperative.Slug, settings.GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("Có Dấu", "0912345678", "Slug")]
    [InlineData(null, "123", "Phone")]
    public async Task AMalformedSlugOrPhone_Is400_NamingTheField(string? slug, string phone, string field)
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var body = new Dictionary<string, string?>
        {
            ["name"] = "Tên",
            ["slug"] = slug,
            ["contactPerson"] = "A",
            ["phone"] = phone,
            ["email"] = "a@b.vn",
            ["province"] = "Thái Nguyên",
            ["commune"] = "xã Như Cố",
            ["address"] = "thôn Bản Chang",
        };
        using var response = await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task APendingApplication_HasNoStorefrontToEdit_409()
    {
        var cooperative = await factory.ApplyAsync();
        using var response = await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront", Cooperatives.StorefrontEdit("Tên"));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("storefront.not_open", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ALogo_IsResized_AndServedWithLongCacheHeaders_UntilTheStorefrontIsSuspended()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var upload = OneFile(Picture(1200, 800, SKEncodedImageFormat.Jpeg), "logo.jpg");
        using var response = await cooperative.Owner.PutAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront/Logo", upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var logoUrl = (await response.JsonAsync()).GetProperty("logoUrl").GetString()!;

        var anonymous = factory.CreateClient();
        using var logo = await anonymous.GetAsync(logoUrl);
        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", logo.Headers.CacheControl!.ToString());
        using (var resized = SKBitmap.Decode(await logo.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((256, 170), (resized.Width, resized.Height));
        }

        var storefront = await (await anonymous.GetAsync($"/api/v1/storefronts/{cooperative.Slug}")).JsonAsync();
        Assert.Equal(logoUrl, storefront.GetProperty("logoUrl").GetString());

        (await (await factory.AdminAsync()).DecideAsync(cooperative.Id, "Suspend", "Tạm ngừng để kiểm tra.")).Dispose();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(logoUrl)).StatusCode);
    }

    [Fact]
    public async Task ABanner_IsCroppedTo1600By400()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var upload = OneFile(Picture(1000, 1000, SKEncodedImageFormat.Png), "bia.png");
        using var response = await cooperative.Owner.PutAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront/Banner", upload);
        var bannerUrl = (await response.JsonAsync()).GetProperty("bannerUrl").GetString()!;
        using var banner = SKBitmap.Decode(await factory.CreateClient().GetByteArrayAsync(bannerUrl));
        Assert.Equal((1600, 400), (banner.Width, banner.Height));
    }

    [Fact]
    public async Task APdfOrAFakePicture_IsRefusedAsALogo_400_AndTheOldLogoStays()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var pdf = OneFile(Cooperatives.Pdf, "logo.png");
        using var refused = await cooperative.Owner.PutAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront/Logo", pdf);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Tệp không phải ảnh JPEG hay PNG.", (await refused.JsonAsync()).GetProperty("errors").GetProperty("Image")[0].GetString());

        // A PNG signature followed by garbage passes the signature check but cannot be decoded.
        byte[] broken = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];
        using var fake = OneFile(broken, "hong.png");
        using var unreadable = await cooperative.Owner.PutAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront/Logo", fake);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);

        using var nothing = await cooperative.Owner.PutAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront/Logo", new MultipartFormDataContent());
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);

        var settings = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, settings.GetProperty("logoUrl").ValueKind);
    }
}
