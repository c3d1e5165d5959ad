using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// A first product the way a cooperative with little IT help makes it: a kind of produce fills the
/// form, a price, a stock and a photo finish it, no SKU is asked for, and a mistake anywhere saves
/// nothing; a product is copied to make the next one; the application waits as a draft between
/// sittings; the Today screen says what is left to start selling.
/// </summary>
public sealed class GuidedProductTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task AKindOfProduce_FillsTheForm_AndOneSubmitPutsTheProductOnSale_WithAMadeSkuWholesaleRowAndPicture()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var form = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/products?kind=mac-ca");
        Assert.Equal("Mắc ca sấy nứt vỏ", form.Document.QuerySelector("#Name")!.GetAttribute("value"));
        Assert.Equal("500", form.Document.QuerySelector("#NetWeightGrams")!.GetAttribute("value"));
        Assert.Equal("bag", form.Document.QuerySelector("#Unit option[selected]")!.GetAttribute("value"));
        Assert.Equal(await factory.CategoryIdAsync("hat"), Guid.Parse(form.Document.QuerySelector("#CategoryId option[selected]")!.GetAttribute("value")!));
        Assert.Contains("sấy nứt vỏ", form.Text("#Description"), StringComparison.Ordinal);

        using var saved = await pages.SubmitMultipartAsync(
            form,
            "#product-form",
            new Dictionary<string, string>
            {
                ["Input.Name"] = "Mắc ca Đắk Nông",
                ["Input.CategoryId"] = (await factory.CategoryIdAsync("hat")).ToString(),
                ["Input.Unit"] = "bag",
                ["Input.NetWeightGrams"] = "500",
                ["Input.PriceVnd"] = "450k",
                ["Input.Stock"] = "20",
                ["Input.Description"] = "Hạt mắc ca sấy nứt vỏ.",
                ["Input.TierFrom[0]"] = "10",
                ["Input.TierPrice[0]"] = "430.000",
                ["Input.HarvestQuantity"] = "150",
                ["Input.Publish"] = "true",
            },
            ("picture", "anh.png", Picture(2400, 1800)));
        var product = await Html.ParseAsync(saved);
        Assert.Equal(200, product.Status);
        Assert.Contains("/cooperatives/products/", product.Url, StringComparison.Ordinal);
        Assert.Equal("Đang bán", product.Text("#product-status"));

        var id = product.Url.Split('/')[^1];
        var saved2 = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{id}")).JsonAsync();
        var variant = saved2.GetProperty("variants").EnumerateArray().Single();
        Assert.EndsWith("-MCDN-500G", variant.GetProperty("sku").GetString(), StringComparison.Ordinal);
        Assert.Equal(450_000, variant.GetProperty("price").GetProperty("amount").GetInt64());
        Assert.Equal(20, variant.GetProperty("stock").GetInt32());
        Assert.Equal(
            [(10, 430_000L)],
            variant.GetProperty("tiers").EnumerateArray().Select(t => (t.GetProperty("minQuantity").GetInt32(),
                t.GetProperty("price").GetProperty("amount").GetInt64())));
        Assert.Single(saved2.GetProperty("images").EnumerateArray());

        // The harvest on hand became the product's first lot: coded from its name and today, where the cooperative is.
        var lot = saved2.GetProperty("lots").EnumerateArray().Single();
        Assert.Matches(@"^MCDN-\d{6}$", lot.GetProperty("code").GetString());
        Assert.Equal(150, lot.GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task AMistakeInAnyPartOfTheNewProduct_IsSaidBesideItsField_AndNothingIsSaved()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var form = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/products?kind=tra-xanh");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Trà xanh Tân Cương",
            ["Input.CategoryId"] = (await factory.CategoryIdAsync("tra-xanh")).ToString(),
            ["Input.Unit"] = "bag",
            ["Input.NetWeightGrams"] = "",
            ["Input.PriceVnd"] = "120k",
            ["Input.Stock"] = "5",
            ["Input.Publish"] = "true",
        };

        // The product's texts pass, its pack does not (a bag needs its weight): the product is not kept either.
        using var refused = await pages.SubmitMultipartAsync(form, "#product-form", fields);
        var shown = await Html.ParseAsync(refused);
        Assert.Equal(200, shown.Status);
        Assert.Contains("Túi và thùng cần khối lượng tịnh", shown.Text("#NetWeightGrams + .field-error"), StringComparison.Ordinal);

        // A wholesale row with its quantity but no price is said to be unfinished.
        fields["Input.NetWeightGrams"] = "200";
        fields["Input.TierFrom[0]"] = "10";
        using var halfRow = await pages.SubmitMultipartAsync(form, "#product-form", fields);
        Assert.Contains("Dòng giá sỉ 1", (await Html.ParseAsync(halfRow)).Text(".tier-rows .field-error"), StringComparison.Ordinal);

        var products = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/products")).JsonAsync();
        Assert.Equal(0, products.GetArrayLength());
    }

    [Fact]
    public async Task AProductIsCopied_AsADraftWithItsPacksAndPrices_NewSkusAndNoStock_UnderAFreeName()
    {
        var listing = await factory.Listing().Named("Long nhãn sấy").WithStock(9).BuildAsync();
        var owner = listing.Cooperative.Owner;
        using var first = await owner.PostAsync($"/api/v1/cooperatives/products/{listing.ProductId}/duplicate", null);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var copy = await first.JsonAsync();
        Assert.Equal("Long nhãn sấy (bản sao)", copy.GetProperty("name").GetString());
        Assert.Equal("Draft", copy.GetProperty("status").GetString());
        var variant = copy.GetProperty("variants").EnumerateArray().Single();
        Assert.NotEqual(listing.Sku, variant.GetProperty("sku").GetString());
        Assert.Equal(0, variant.GetProperty("stock").GetInt32());
        Assert.Equal(listing.PriceVnd, variant.GetProperty("price").GetProperty("amount").GetInt64());

        var second = await (await owner.PostAsync($"/api/v1/cooperatives/products/{listing.ProductId}/duplicate", null)).JsonAsync();
        Assert.Equal("Long nhãn sấy (bản sao 2)", second.GetProperty("name").GetString());

        var (stranger, _) = await factory.NewPersonAsync("nguoi-la");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/cooperatives/products/{listing.ProductId}/duplicate", null)).StatusCode);
    }

    [Fact]
    public async Task APackWithoutASku_GetsOneMadeFromTheCooperativeProductAndPack()
    {
        var listing = await factory.Listing().Named("Cỏ ngọt khô").BuildAsync();
        using var added = await listing.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/products/{listing.ProductId}/variants",
            new { unit = "bag", netWeightGrams = 100, priceVnd = 50_000, stock = 4, minOrderQuantity = 1, tiers = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var skus = (await added.JsonAsync()).GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()!).ToList();
        Assert.Contains(skus, s => s.EndsWith("-CNK-100G", StringComparison.Ordinal));

        // A name of many numbers makes a long code: it is cut to fit the 64 characters a SKU holds.
        var numbers = await factory.Listing().Named("Gạo 1111111111 2222222222 3333333333 4444444444 5555555555 6666666666").BuildAsync();
        using var long1 = await numbers.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/products/{numbers.ProductId}/variants",
            new { unit = "kg", priceVnd = 30_000, stock = 4, minOrderQuantity = 1, tiers = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.OK, long1.StatusCode);
        Assert.All((await long1.JsonAsync()).GetProperty("variants").EnumerateArray(), v => Assert.InRange(v.GetProperty("sku").GetString()!.Length, 1, 64));
    }

    [Fact]
    public async Task AnApplication_WaitsAsADraftBetweenSittings_AndIsGoneOnceSent()
    {
        var (_, email) = await factory.NewPersonAsync("nhap");
        var pages = await factory.SignedInPagesAsync(email);
        var form = await pages.GetPageAsync("/cooperatives/apply");
        Assert.Equal(email, form.Document.QuerySelector("#Email")!.GetAttribute("value"));
        Assert.Equal("nhap", form.Document.QuerySelector("#ContactPerson")!.GetAttribute("value"));

        // A draft is sent by the form's second button (handler=Draft): nothing is checked.
        var draftUrl = "/cooperatives/apply?handler=Draft";
        using (var drafted = await pages.SubmitMultipartAsync(
            form with { Url = draftUrl }, "#apply-form", new Dictionary<string, string>
            {
                ["Input.LegalName"] = "HTX Chè Nháp",
                ["Input.Phone"] = "0912 345 678"
            }))
        {
            Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        }

        var again = await pages.GetPageAsync("/cooperatives/apply");
        Assert.Equal("HTX Chè Nháp", again.Document.QuerySelector("#LegalName")!.GetAttribute("value"));
        Assert.Equal("0912 345 678", again.Document.QuerySelector("#Phone")!.GetAttribute("value"));
        Assert.Contains("bản nháp", again.Text("#apply-draft-note"), StringComparison.Ordinal);

        using var sent = await pages.SubmitMultipartAsync(
            again,
            "#apply-form",
            new Dictionary<string, string>
            {
                ["Input.LegalName"] = "HTX Chè Nháp " + Guid.NewGuid().ToString("N")[..6],
                ["Input.RegistrationNumber"] = "4107000123",
                ["Input.TaxCode"] = TestTaxCodes.Next(),
                ["Input.Province"] = "Thái Nguyên",
                ["Input.Commune"] = "Tân Cương",
                ["Input.Address"] = "Xóm 5",
                ["Input.ContactPerson"] = "Nguyễn Văn Nháp",
                ["Input.Phone"] = "0912 345 678",
                ["Input.Email"] = email,
                ["Input.Story"] = string.Empty, // optional: an empty story once gave a 500
            },
            ("Documents", "giay.pdf", Cooperatives.Pdf));
        Assert.Contains("/cooperatives/mine", (await Html.ParseAsync(sent)).Url, StringComparison.Ordinal);
        var fresh = await pages.GetPageAsync("/cooperatives/apply");
        Assert.Equal(string.Empty, fresh.Document.QuerySelector("#LegalName")!.GetAttribute("value"));
        Assert.Null(fresh.Document.QuerySelector("#apply-draft-note"));
    }

    [Fact]
    public async Task TheTodayScreen_ListsTheFirstSteps_UntilEachIsDone()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var today = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/today");
        Assert.Equal(3, today.Document.QuerySelectorAll("#first-steps li:not(.done)").Length);

        await factory.Listing().SoldBy(cooperative).BuildAsync();
        var account = new { bankName = "Agribank", accountNumber = "1500205104729", accountHolder = "HTX THU NGHIEM", country = "VN" };
        (await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/payout-account", account)).EnsureSuccessStatusCode();
        var later = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/today");
        Assert.Equal(["step-storefront"], later.Document.QuerySelectorAll("#first-steps li:not(.done)").Select(li => li.Id!));
    }

    private static byte[] Picture(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SaddleBrown);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
