using System.Net;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>The same rules on the pages: messages beside the fields, in the page's language; other cooperatives' pages are 404.</summary>
public sealed class VendorPageTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static Dictionary<string, string> Application(string taxCode) => new()
    {
        ["Input.LegalName"] = "HTX Trang Thử",
        ["Input.RegistrationNumber"] = "HTX-02/ĐK",
        ["Input.TaxCode"] = taxCode,
        ["Input.Province"] = "Cao Bằng",
        ["Input.Commune"] = "xã Thạch An",
        ["Input.Address"] = "thôn Độc Lập",
        ["Input.ContactPerson"] = "Nông Văn Hải",
        ["Input.Phone"] = "0206 3852 123",
        ["Input.Email"] = "hai@htx-thu.vn",
        ["Input.Story"] = "",
    };

    [Fact]
    public async Task AnEmptyApplication_NamesEveryFieldByItsLabel_InThePagesLanguage()
    {
        var (_, email) = await factory.NewPersonAsync();
        var client = await factory.SignedInPagesAsync(email);
        var empty = Application(string.Empty).ToDictionary(f => f.Key, _ => string.Empty);

        using var response = await client.SubmitMultipartAsync(await client.GetPageAsync("/cooperatives/apply"), "main form", empty);
        var errors = (await Html.ParseAsync(response)).Texts(".field-error").Where(e => e.Length > 0).ToList();

        Assert.Contains(errors, e => e.Contains("Tên hợp tác xã (theo đăng ký)", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("field is required", StringComparison.Ordinal) || e.Contains("LegalName", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheApplyPage_ShowsADuplicateTaxCode_InVietnamese_ThenEnglish()
    {
        var existing = await factory.ApplyAsync();
        var (_, email) = await factory.NewPersonAsync();
        var client = await factory.SignedInPagesAsync(email);

        var form = await client.GetPageAsync("/cooperatives/apply");
        using var response = await client.SubmitMultipartAsync(
            form, "main form", Application(existing.TaxCode), ("documents", "dang-ky.pdf", Cooperatives.Pdf));
        var page = await Html.ParseAsync(response);
        Assert.Contains($"Mã số thuế {existing.TaxCode} đã có hồ sơ đang xét hoặc đã được duyệt.", page.Texts(".field-error"));

        await client.SwitchLanguageAsync("en", "/cooperatives/apply");
        var english = await client.GetPageAsync("/cooperatives/apply");
        using var again = await client.SubmitMultipartAsync(
            english, "main form", Application("0100107519"), ("documents", "anh.png", "not a picture"u8.ToArray()));
        var errors = (await Html.ParseAsync(again)).Texts(".field-error");
        Assert.Contains(errors, e => e.StartsWith("The tax code must have 10 digits", StringComparison.Ordinal));
        // Named by its place in the form: the name it came with is never echoed.
        Assert.Contains("File 1 is not a readable PDF (of at most 50 pages), JPEG or PNG.", errors);
    }

    [Fact]
    public async Task TheOwner_EditsTheStorefrontPage_ATakenSlugIsExplained_AndASavedOneGoesPublic()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var client = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var page = await client.GetPageAsync($"/cooperatives/{cooperative.Id}/storefront");
        Assert.Equal(cooperative.Name, page.Document.QuerySelector("#Name")!.GetAttribute("value"));

        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = cooperative.Name,
            ["Input.Slug"] = "htx-thuan-phong",
            ["Input.Tagline"] = "Khẩu hiệu mới",
            ["Input.ContactPerson"] = "Triệu Thị Mai",
            ["Input.Phone"] = "0912345678",
            ["Input.Email"] = "mai@htx-thu.vn",
            ["Input.Province"] = "Thái Nguyên",
            ["Input.Commune"] = "xã Như Cố",
            ["Input.Address"] = "thôn Bản Chang",
        };
        using (var taken = await client.SubmitAsync(page, "#storefront-form", fields))
        {
            var errors = (await Html.ParseAsync(taken)).Texts(".field-error");
            Assert.Contains("Địa chỉ gian hàng \"htx-thuan-phong\" đã có hợp tác xã khác dùng; hãy chọn địa chỉ khác.", errors);
        }

        fields["Input.Slug"] = cooperative.Slug + "-moi";
        using var saved = await client.SubmitAsync(page, "#storefront-form", fields);
        Assert.Equal("Đã lưu gian hàng.", (await Html.ParseAsync(saved)).Text("#flash"));
        var storefront = await factory.CreateClient().GetPageAsync($"/storefronts/{cooperative.Slug}-moi");
        Assert.Equal(200, storefront.Status);
        Assert.Equal("Khẩu hiệu mới", storefront.Text(".tagline"));
    }

    [Fact]
    public async Task AnotherCooperativesManagementPages_Are404_AndItsFormsChangeNothing()
    {
        var a = await factory.ApprovedCooperativeAsync();
        var b = await factory.ApprovedCooperativeAsync();
        var client = await factory.SignedInPagesAsync(a.OwnerEmail);
        foreach (var url in new[]
        {
            $"/cooperatives/{b.Id}", $"/cooperatives/{b.Id}/storefront", $"/cooperatives/{b.Id}/staff", $"/cooperatives/{b.Id}/certificates"
        })
        {
            var page = await client.GetPageAsync(url);
            Assert.True(page.Status == 404, url);
            Assert.DoesNotContain(b.Name, page.Document.Body!.TextContent, StringComparison.Ordinal);
        }

        // A's own form, aimed at B: the antiforgery token is A's and valid, the answer is still 404.
        var own = await client.GetPageAsync($"/cooperatives/{a.Id}/staff");
        own.Document.QuerySelector("#invite-form")!.SetAttribute("action", $"/cooperatives/{b.Id}/staff?handler=Invite");
        using var response = await client.SubmitAsync(own, "#invite-form", new Dictionary<string, string> { ["InviteEmail"] = "ke-gian@example.vn" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var people = await (await b.Owner.GetAsync($"/api/v1/cooperatives/{b.Id}/staff")).JsonAsync();
        Assert.Single(people.EnumerateArray());
    }

    [Fact]
    public async Task AnAdmin_VerifiesACertificate_OnTheQueuePage_AndTheBadgeShowsOnTheStorefrontPage()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var owner = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var form = await owner.GetPageAsync($"/cooperatives/{cooperative.Id}/certificates");
        var today = DateTime.UtcNow.AddHours(7);
        using (var submitted = await owner.SubmitMultipartAsync(
            form,
            "#certificate-form",
            new Dictionary<string, string>
            {
                ["Input.Kind"] = "GlobalGap",
                ["Input.Number"] = "GGN-4063061234567",
                ["Input.Issuer"] = "Control Union",
                ["Input.IssuedOn"] = today.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["Input.ExpiresOn"] = today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
            ("document", "ggap.pdf", Cooperatives.Pdf)))
        {
            Assert.Equal("Đã gửi chứng nhận; Liên minh sẽ xác minh.", (await Html.ParseAsync(submitted)).Text("#flash"));
        }

        var admin = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var queue = await admin.GetPageAsync("/admin/certificates");
        var row = queue.Document.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(cooperative.Name, StringComparison.Ordinal));
        var rowPage = queue with { Url = "/admin/certificates" };
        using var verified = await admin.SubmitAsync(rowPage, $"#{row.Id} form", new Dictionary<string, string>(), submitValue: "Verify");
        Assert.Contains(cooperative.Name, (await Html.ParseAsync(verified)).Text("#flash"), StringComparison.Ordinal);

        var storefront = await factory.CreateClient().GetPageAsync($"/storefronts/{cooperative.Slug}");
        Assert.Contains("GlobalGAP", storefront.Texts(".storefront header .badge"));
    }

    [Fact]
    public async Task TheBusinessPage_ExplainsBadInput_AndShowsTheRegistrationWaiting()
    {
        var (_, email) = await factory.NewPersonAsync();
        var client = await factory.SignedInPagesAsync(email);
        var page = await client.GetPageAsync("/business");
        var fields = new Dictionary<string, string>
        {
            ["Input.CompanyName"] = "Khách sạn Sông Hồng",
            ["Input.TaxCode"] = "0100",
            ["Input.Address"] = "1 Tràng Tiền, Hà Nội",
            ["Input.ContactPerson"] = "Lê Thu",
            ["Input.Phone"] = "024 3826 5555",
        };
        using (var bad = await client.SubmitAsync(page, "#business-form", fields))
        {
            Assert.Contains(
                (await Html.ParseAsync(bad)).Texts(".field-error"), e => e.StartsWith("Mã số thuế phải có 10 chữ số", StringComparison.Ordinal));
        }

        fields["Input.TaxCode"] = TestTaxCodes.Next();
        using var good = await client.SubmitAsync(page, "#business-form", fields);
        var after = await Html.ParseAsync(good);
        Assert.Equal("Đã gửi đăng ký; Liên minh sẽ xác minh.", after.Text("#flash"));
        Assert.Equal("Chờ duyệt", after.Text("#business-accounts .status"));
        Assert.Null(after.Document.QuerySelector("#business-form"));
    }
}
