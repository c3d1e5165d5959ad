using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>A cooperative's whole path in Chromium: it applies, an admin approves, it sets up its storefront, an admin suspends it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CooperativeOnboardingInTheBrowserTests(BrowserFixture browser)
{
    private const string Password = "Htx#Moi2026";

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync(".hello");
    }

    [Fact]
    public async Task ANewCooperativeApplies_IsApproved_SetsUpItsStorefront_AndDisappearsWhenSuspended()
    {
        var name = $"HTX Chè Búp Tím {Guid.NewGuid().ToString("N")[..6]}";
        var email = $"htx-{Guid.NewGuid():N}@example.vn";

        // The cooperative's person registers and applies.
        var applicant = await browser.NewPageAsync(width: 390, height: 844);
        await applicant.GotoAsync("/account/register");
        await applicant.FillAsync("#Input_DisplayName", "Hà Thị Búp");
        await applicant.FillAsync("#Input_Email", email);
        await applicant.FillAsync("#Input_Password", Password);
        await applicant.FillAsync("#Input_ConfirmPassword", Password);
        await applicant.ClickAsync("#register-submit");
        await applicant.WaitForSelectorAsync("#flash"); // signed in: a navigation started now would cut the registration short
        await applicant.ClickAsync("#nav-sell");
        await applicant.ClickAsync("#apply-link");
        await applicant.FillAsync("#LegalName", name);
        await applicant.FillAsync("#RegistrationNumber", "HTX-77/ĐK");
        await applicant.FillAsync("#TaxCode", "0100107518");
        await applicant.SelectOptionAsync("#Province", "Tuyên Quang");
        await applicant.FillAsync("#Commune", "xã Tân Trào");
        await applicant.FillAsync("#Address", "thôn Tân Lập, xã Tân Trào");
        await applicant.FillAsync("#ContactPerson", "Hà Thị Búp");
        await applicant.FillAsync("#Phone", "0912 345 678");
        await applicant.FillAsync("#Story", "Chè búp tím trồng dưới tán rừng.");
        await applicant.SetInputFilesAsync("#Documents", new FilePayload
        {
            Name = "giay-chung-nhan-dang-ky.pdf",
            MimeType = "application/pdf",
            Buffer = OnePagePdf(),
        });
        await applicant.ClickAsync("#apply-submit");
        await applicant.WaitForSelectorAsync("#my-cooperatives");
        Assert.Contains("Chờ duyệt", await applicant.InnerTextAsync("#my-cooperatives"), StringComparison.Ordinal);

        // An admin approves it from the review queue.
        var admin = await browser.NewPageAsync();
        await SignInAsync(admin, "admin@htx-marketplace.vn", "Admin#Demo2025");
        await admin.GotoAsync("/admin/applications?status=Pending");
        await admin.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await admin.ClickAsync("button.decision-Approve");
        Assert.Equal("Đã ghi nhận quyết định: Duyệt.", (await admin.InnerTextAsync("#flash")).Trim());
        var applicationUrl = admin.Url;

        // The owner sets up the storefront, on a phone.
        await applicant.GotoAsync("/cooperatives/mine");
        await applicant.ClickAsync("a.manage"); // today's work: nothing waits yet
        await applicant.WaitForSelectorAsync("#today-calm");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "Gian hàng", Exact = true }).Last.ClickAsync();
        await applicant.FillAsync("#Tagline", "Chè búp tím Tân Trào");
        await applicant.FillAsync("#Story", "Những búp chè tím hái sớm, sao tay.");
        await applicant.ClickAsync("#storefront-save");
        Assert.Equal("Đã lưu gian hàng.", (await applicant.InnerTextAsync("#flash")).Trim());
        await applicant.ClickAsync("#public-link");
        Assert.Equal(name, (await applicant.InnerTextAsync("h1")).Trim());
        Assert.Equal("Chè búp tím Tân Trào", (await applicant.InnerTextAsync(".tagline")).Trim());
        var storefrontUrl = applicant.Url;

        var shopper = await browser.NewPageAsync();
        await shopper.GotoAsync("/");
        Assert.Contains(name, await shopper.Locator("#storefronts h2").AllInnerTextsAsync());

        // An admin suspends it: it leaves the public site.
        await admin.GotoAsync(applicationUrl);
        await admin.FillAsync("#Reason", "Chưa bổ sung giấy chứng nhận an toàn thực phẩm.");
        string? asked = null;
        admin.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };
        await admin.ClickAsync("button.decision-Suspend");
        Assert.Equal("Đã ghi nhận quyết định: Tạm ngừng.", (await admin.InnerTextAsync("#flash")).Trim());
        Assert.Equal("Xác nhận quyết định: Tạm ngừng? Người nộp hồ sơ sẽ nhận thư báo.", asked); // an irreversible tap asks first

        var gone = await shopper.GotoAsync(storefrontUrl);
        Assert.Equal(404, gone!.Status);
        await shopper.GotoAsync("/");
        Assert.DoesNotContain(name, await shopper.Locator("#storefronts h2").AllInnerTextsAsync());
    }

    /// <summary>A real PDF: uploads are opened and checked, and a header alone is refused.</summary>
    internal static byte[] OnePagePdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var written = new MemoryStream();
        document.Save(written, closeStream: false);
        return written.ToArray();
    }
}
