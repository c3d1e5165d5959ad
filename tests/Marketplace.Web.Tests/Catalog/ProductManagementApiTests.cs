using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>A cooperative puts a product on sale through /api/v1, and only its own people can.</summary>
public sealed class ProductManagementApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private async Task<(TestCooperative Cooperative, JsonElement Product)> DraftAsync(string name = "Mật ong rừng bạc hà")
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var category = await factory.CategoryIdAsync("dac-san-kho");
        using var created = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/products", new { categoryId = category, name, description = "Mật ong hoa bạc hà vùng cao." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (cooperative, await created.JsonAsync());
    }

    private static object Variant(string sku, long price = 250_000, int stock = 40, object[]? tiers = null, Guid? version = null) =>
        new
        {
            version,
            sku,
            unit = "bag",
            netWeightGrams = 500,
            priceVnd = price,
            stock,
            minOrderQuantity = 5,
            tiers = tiers ?? [new { minQuantity = 20, priceVnd = 220_000 }]
        };

    private static string Sku() => "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    [Fact]
    public async Task ADraft_GetsAVariant_IsPublished_AndShoppersFindIt()
    {
        var (cooperative, product) = await DraftAsync("Mật ong rừng Bắc Hà");
        var id = product.GetProperty("productId").GetGuid();
        Assert.Equal("Draft", product.GetProperty("status").GetString());
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/products/{id}")).StatusCode);

        using (var tooEarly = await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{id}/status", new { status = "Published" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
            Assert.Equal("product.no_variant", (await tooEarly.JsonAsync()).GetProperty("code").GetString());
        }

        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{id}/variants", Variant(Sku()))).EnsureSuccessStatusCode();
        (await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{id}/status", new { status = "Published" })).EnsureSuccessStatusCode();

        var page = await (await anonymous.GetAsync($"/api/v1/products/{id}")).JsonAsync();
        Assert.Equal("Mật ong rừng Bắc Hà", page.GetProperty("name").GetString());
        Assert.Equal(250_000, page.GetProperty("variants")[0].GetProperty("price").GetProperty("amount").GetInt64());
        Assert.Empty(page.GetProperty("variants")[0].GetProperty("tiers").EnumerateArray()); // tiers are for business buyers
        var found = await (await anonymous.GetAsync("/api/v1/products?q=" + Uri.EscapeDataString("mat ong bac ha"))).JsonAsync();
        Assert.Contains(found.GetProperty("items").EnumerateArray(), p => p.GetProperty("productId").GetGuid() == id);

        await People.EventuallyAsync(
            () => Task.FromResult(Directory.Exists(factory.MailFolder) && Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText)
                .Any(m => m.Contains(cooperative.OwnerEmail, StringComparison.OrdinalIgnoreCase) && m.Contains("B=E1=BA=AFc H=C3=A0", StringComparison.Ordinal)
                    || m.Contains("Bắc Hà", StringComparison.Ordinal))),
            "the 'on sale' mail to the owner");
    }

    [Fact]
    public async Task AVerifiedBusinessBuyer_SeesTiersAndMinimums()
    {
        var (cooperative, product) = await DraftAsync("Mật ong bạc hà sỉ");
        var id = product.GetProperty("productId").GetGuid();
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{id}/variants", Variant(Sku()))).EnsureSuccessStatusCode();
        (await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{id}/status", new { status = "Published" })).EnsureSuccessStatusCode();

        var (buyer, email) = await factory.NewPersonAsync("muasi");
        var account = await (await buyer.PostAsJsonAsync("/api/v1/business-accounts", new
        {
            companyName = "Công ty Xanh",
            taxCode = TestTaxCodes.Next(),
            address = "Hà Nội",
            contactPerson = "Chi",
            phone = "0912345678"
        })).JsonAsync();
        (await (await factory.AdminAsync()).PostAsJsonAsync(
            $"/api/v1/admin/business-accounts/{account.GetProperty("businessAccountId").GetGuid()}/decisions", new { decision = "Verify" })).Dispose();

        JsonElement variant = default;
        await People.EventuallyAsync(
            async () =>
            {
                var client = await factory.BearerClientAsync(email, People.Password);
                variant = (await (await client.GetAsync($"/api/v1/products/{id}")).JsonAsync()).GetProperty("variants")[0];
                return variant.GetProperty("tiers").GetArrayLength() == 1;
            },
            "the tiers a BulkBuyer sees");
        Assert.Equal(5, variant.GetProperty("minOrderQuantity").GetInt32());
        Assert.Equal(220_000, variant.GetProperty("tiers")[0].GetProperty("price").GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task AStaleVariantEdit_Is409_AndTheNewerStockStays()
    {
        var (cooperative, product) = await DraftAsync("Mật ong thử phiên bản");
        var id = product.GetProperty("productId").GetGuid();
        var sku = Sku();
        var added = await (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{id}/variants", Variant(sku, stock: 40))).JsonAsync();
        var variant = added.GetProperty("variants")[0];
        var variantId = variant.GetProperty("variantId").GetGuid();
        var version = variant.GetProperty("version").GetGuid();

        using (var first = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/products/{id}/variants/{variantId}", Variant(sku, stock: 35, version: version)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var stale = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/products/{id}/variants/{variantId}", Variant(sku, stock: 99, version: version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var now = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{id}")).JsonAsync();
        Assert.Equal(35, now.GetProperty("variants")[0].GetProperty("stock").GetInt32());
    }

    [Theory]
    [InlineData("hop", 250_000, 10, "Unit")]
    [InlineData("bag", 0, 10, "PriceVnd")]
    [InlineData("bag", 250_000, -1, "Stock")]
    [InlineData("bag", 250_000, 10, "Tiers")]
    public async Task BadVariants_Are400_NamingTheField(string unit, long price, int stock, string field)
    {
        var (cooperative, product) = await DraftAsync("Mật ong lỗi " + field + unit);
        var tiers = field == "Tiers" ? new object[] { new { minQuantity = 10, priceVnd = 300_000 } } : [];
        using var response = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/products/{product.GetProperty("productId").GetGuid()}/variants",
            new { sku = Sku(), unit, netWeightGrams = 500, priceVnd = price, stock, minOrderQuantity = 1, tiers });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task ASkuAnotherProductHas_Is409_AndASecondProductOfTheSameNameToo()
    {
        var anotherCooperatives = await factory.Listing().BuildAsync();
        var (cooperative, product) = await DraftAsync("Mật ong trùng");
        var id = product.GetProperty("productId").GetGuid();
        using var taken = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/products/{id}/variants", Variant(anotherCooperatives.Sku));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("variant.sku_taken", (await taken.JsonAsync()).GetProperty("code").GetString());

        var category = await factory.CategoryIdAsync("dac-san-kho");
        using var twin = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/products", new { categoryId = category, name = "Mật ong trùng", description = "" });
        Assert.Equal(HttpStatusCode.Conflict, twin.StatusCode);
    }

    [Fact]
    public async Task AnotherCooperativesPeople_GetNothingOfTheProduct()
    {
        var (cooperative, product) = await DraftAsync("Mật ong riêng");
        var id = product.GetProperty("productId").GetGuid();
        var other = await factory.ApprovedCooperativeAsync();
        HttpRequestMessage[] attempts =
        [
            new(HttpMethod.Get, $"/api/v1/cooperatives/products/{id}"),
            new(HttpMethod.Put, $"/api/v1/cooperatives/products/{id}") { Content = JsonContent.Create(new { categoryId = Guid.NewGuid(), name = "Chiếm" }) },
            new(HttpMethod.Post, $"/api/v1/cooperatives/products/{id}/variants") { Content = JsonContent.Create(Variant(Sku())) },
            new(HttpMethod.Put, $"/api/v1/cooperatives/products/{id}/status") { Content = JsonContent.Create(new { status = "Published" }) },
            new(HttpMethod.Post, $"/api/v1/cooperatives/products/{id}/lots")
            {
                Content = JsonContent.Create(
                    new { code = "X-1", producedOn = "2026-01-01", commune = "x", province = "Cao Bằng", quantity = 1, quantityUnit = "kg" })
            },
            new(HttpMethod.Get, $"/api/v1/cooperatives/{cooperative.Id}/products"),
            new(HttpMethod.Post, $"/api/v1/cooperatives/{cooperative.Id}/products")
            {
                Content = JsonContent.Create(new { categoryId = Guid.NewGuid(), name = "Giả" })
            },
        ];
        foreach (var attempt in attempts)
        {
            using var response = await other.Owner.SendAsync(attempt);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{attempt.Method} {attempt.RequestUri}: {response.StatusCode}");
        }

        var mine = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{id}")).JsonAsync();
        Assert.Equal("Mật ong riêng", mine.GetProperty("name").GetString());
        Assert.Empty(mine.GetProperty("variants").EnumerateArray());
    }

    [Fact]
    public async Task APicture_IsResizedWithAThumbnail_AndServedOnlyWhileTheProductIsPublic()
    {
        var (cooperative, product) = await DraftAsync("Mật ong có ảnh");
        var id = product.GetProperty("productId").GetGuid();
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{id}/variants", Variant(Sku()))).EnsureSuccessStatusCode();
        using var bitmap = new SKBitmap(2400, 1600);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Goldenrod);
        }

        using var encoded = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        var file = new ByteArrayContent(encoded.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent { { file, "file", "mat-ong.png" } };
        var withImage = await (await cooperative.Owner.PostAsync($"/api/v1/cooperatives/products/{id}/images", form)).JsonAsync();
        var image = withImage.GetProperty("images")[0];
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(image.GetProperty("url").GetString())).StatusCode); // still a draft

        (await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{id}/status", new { status = "Published" })).EnsureSuccessStatusCode();
        using var large = await anonymous.GetAsync(image.GetProperty("url").GetString());
        using var thumbnail = await anonymous.GetAsync(image.GetProperty("thumbnailUrl").GetString());
        using var largeBitmap = SKBitmap.Decode(await large.Content.ReadAsByteArrayAsync());
        using var thumbnailBitmap = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 800), (largeBitmap.Width, largeBitmap.Height));
        Assert.Equal((400, 400), (thumbnailBitmap.Width, thumbnailBitmap.Height));
        Assert.Equal("public, max-age=31536000, immutable", large.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task ALot_HasAPublicTraceabilityPage_AndQrCodesToPrint()
    {
        var (cooperative, product) = await DraftAsync("Mật ong có lô");
        var id = product.GetProperty("productId").GetGuid();
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{id}/variants", Variant(Sku()))).EnsureSuccessStatusCode();
        (await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{id}/status", new { status = "Published" })).EnsureSuccessStatusCode();
        var code = "MO-" + Guid.NewGuid().ToString("N")[..6];
        using var added = await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{id}/lots", new
        {
            code,
            producedOn = "2026-10-01",
            expiresOn = "2028-10-01",
            commune = "xã Như Cố",
            province = "Thái Nguyên",
            quantity = 300,
            quantityUnit = "kg"
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var anonymous = factory.CreateClient();
        var trace = await (await anonymous.GetAsync($"/api/v1/lots/{code.ToLowerInvariant()}")).JsonAsync();
        Assert.Equal(code.ToUpperInvariant(), trace.GetProperty("lot").GetProperty("code").GetString());
        Assert.Equal(cooperative.Name, trace.GetProperty("producerName").GetString());
        Assert.Equal("0912345678", trace.GetProperty("producerPhone").GetString());

        using var png = await anonymous.GetAsync($"/api/v1/lots/{code}/qr.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        var pngBytes = await png.Content.ReadAsByteArrayAsync();
        using (var qr = SKBitmap.Decode(pngBytes))
        {
            Assert.True(qr.Width >= 200);
        }

        // The configured public address, not the test server's http://localhost the request came to.
        Assert.Equal($"{factory.PublicBaseUrl}lots/{code.ToUpperInvariant()}", QrCodes.Read(pngBytes));

        var svg = await anonymous.GetStringAsync($"/api/v1/lots/{code}/qr.svg");
        Assert.StartsWith("<svg", svg.TrimStart().Substring(svg.TrimStart().IndexOf("<svg", StringComparison.Ordinal)), StringComparison.Ordinal);

        var page = await anonymous.GetPageAsync($"/lots/{code}");
        Assert.Equal(code.ToUpperInvariant(), page.Text("#trace-code"));
        Assert.Equal("Mật ong có lô", page.Text("#trace-product"));
        Assert.Equal(cooperative.Name, page.Text("#trace-producer"));
        Assert.Equal("01/10/2026", page.Text("#trace-produced"));
        Assert.Equal("01/10/2028", page.Text("#trace-expires"));

        using var duplicate = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/products/{id}/lots",
            new { code, producedOn = "2026-10-02", commune = "x", province = "Thái Nguyên", quantity = 1, quantityUnit = "kg" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        using var future = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/products/{id}/lots",
            new { code = code + "-2", producedOn = "2099-01-01", commune = "x", province = "Thái Nguyên", quantity = 1, quantityUnit = "kg" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/lots/KHONG-CO")).StatusCode);
    }

    [Fact]
    public async Task AnAdmin_HidesAProductWithAReason_ItLeavesSearch_AndRestoringBringsItBack()
    {
        var search = await (await factory.CreateClient().GetAsync("/api/v1/products?q=nhan+tuoi")).JsonAsync();
        var longan = search.GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "Nhãn tươi")
            .GetProperty("productId").GetGuid();
        var admin = await factory.AdminAsync();

        using (var noReason = await admin.PostAsJsonAsync($"/api/v1/admin/products/{longan}/moderation", new { hide = true }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        (await admin.PostAsJsonAsync($"/api/v1/admin/products/{longan}/moderation", new { hide = true, reason = "Ảnh không đúng sản phẩm." }))
            .EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/products/{longan}")).StatusCode);
        var hidden = await (await factory.CreateClient().GetAsync("/api/v1/products?q=nhan+tuoi")).JsonAsync();
        Assert.DoesNotContain(hidden.GetProperty("items").EnumerateArray(), p => p.GetProperty("productId").GetGuid() == longan);

        (await admin.PostAsJsonAsync($"/api/v1/admin/products/{longan}/moderation", new { hide = false })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/api/v1/products/{longan}")).StatusCode);
        var log = await (await admin.GetAsync("/api/v1/admin/moderation")).JsonAsync();
        Assert.Equal(
            ["RestoreProduct", "HideProduct"],
            log.EnumerateArray().Where(e => e.GetProperty("productId").GetGuid() == longan).Select(e => e.GetProperty("action").GetString()));

        var (shopper, _) = await factory.NewPersonAsync();
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await shopper.PostAsJsonAsync($"/api/v1/admin/products/{longan}/moderation", new { hide = true, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/api/v1/products/{longan}")).StatusCode); // still shown
        var unchanged = await (await admin.GetAsync("/api/v1/admin/moderation")).JsonAsync();
        Assert.Equal(2, unchanged.EnumerateArray().Count(e => e.GetProperty("productId").GetGuid() == longan));
    }
}
