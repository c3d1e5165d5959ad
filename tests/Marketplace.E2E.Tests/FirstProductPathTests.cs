using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// The path a new cooperative walks on a 390 × 844 phone, from the home page to a product on sale
/// with a harvest lot and its label printed, counted as the issue counted it: pages loaded, taps,
/// fields filled and characters typed (it measured 17 / 18 / 33 / 555 before the guided steps).
/// The figures are printed for the note and held where they stand, so a change that makes the
/// path longer fails here. Screenshots of each step go to $MARKETPLACE_SCREENSHOTS.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class FirstProductPathTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task FromTheHomePage_ToAPublishedProductWithAPrintedLabel_OnAPhone_InFewerStepsThanMeasured()
    {
        var page = await browser.NewPageAsync(390, 844);
        var path = new CountedPath(page);
        var email = $"htx-{Guid.NewGuid():N}@example.vn";
        var name = $"HTX Mắc Ca Tân Trào {Guid.NewGuid().ToString("N")[..4]}";

        await path.OpenAsync("/");
        await path.TapAsync("#nav-open-storefront");
        await path.FillAsync("#Input_DisplayName", "Hà Thị Mơ");
        await path.FillAsync("#Input_Email", email);
        await path.FillAsync("#Input_Password", "Htx#Moi2026");
        await path.FillAsync("#Input_ConfirmPassword", "Htx#Moi2026");
        await path.TapAsync("#register-submit");
        await page.WaitForSelectorAsync("#apply-form");
        await Screens.ScreenshotAsync(page, "path-1-apply-390");
        Assert.Equal("Hà Thị Mơ", await page.InputValueAsync("#ContactPerson")); // the account already said it
        await path.FillAsync("#LegalName", name);
        await path.FillAsync("#RegistrationNumber", "HTX-88/ĐK");
        await path.FillAsync("#TaxCode", FreshTaxCode());
        await path.ChooseAsync("#Province", "Tuyên Quang");
        await path.FillAsync("#Commune", "xã Tân Trào");
        await path.FillAsync("#Address", "thôn Tân Lập");
        await path.FillAsync("#Phone", "0912345678");
        var document = new FilePayload { Name = "dang-ky.pdf", MimeType = "application/pdf", Buffer = CooperativeOnboardingInTheBrowserTests.OnePagePdf() };
        await path.AttachAsync("#Documents", document);
        await path.TapAsync("#apply-submit");
        await page.WaitForSelectorAsync("#my-cooperatives");

        // An admin approves (not the cooperative's steps); the approval mail links to the Today screen.
        var admin = await browser.NewPageAsync();
        await admin.GotoAsync("/account/login");
        await admin.FillAsync("#Input_Email", "admin@htx-marketplace.vn");
        await admin.FillAsync("#Input_Password", "Admin#Demo2025");
        await admin.ClickAsync("#login-submit");
        await admin.GotoAsync("/admin/applications?status=Pending");
        await admin.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await admin.ClickAsync("button.decision-Approve");
        var applicationUrl = admin.Url;
        var link = await MailedLinkAsync(email);

        await path.OpenAsync(new Uri(link).PathAndQuery);
        await page.WaitForSelectorAsync("#first-steps");
        await Screens.ScreenshotAsync(page, "path-2-today-390");
        await path.TapAsync("#step-storefront a");
        await path.FillAsync("#Tagline", "Mắc ca dưới tán rừng Tân Trào");
        await path.TapAsync("#storefront-save");
        await page.WaitForSelectorAsync("#flash");
        await path.TapAsync("nav.tabs a[href$='/products']");
        await path.TapAsync(".kinds a[href*='kind=mac-ca']");
        await page.WaitForFunctionAsync("() => document.querySelector('#NetWeightGrams').value === '500'"); // filled on the phone, no reload
        await Screens.ScreenshotAsync(page, "path-3-new-product-390");
        await path.FillAsync("#Name", "Mắc ca sấy Tân Trào");
        await path.FillAsync("#PriceVnd", "450k");
        await path.FillAsync("#Stock", "20");
        await path.FillAsync("#HarvestQuantity", "200");
        await path.AttachAsync("#Picture", new FilePayload { Name = "anh.png", MimeType = "image/png", Buffer = await PhotoAsync(2400, 1800) });

        // A big photo is made smaller on the phone before it is sent (data-resize): a JPEG at most 1600 px wide.
        await page.WaitForFunctionAsync("() => document.querySelector('#Picture').files[0]?.type === 'image/jpeg'");
        await path.TapAsync("#product-submit");
        Assert.Equal("Đang bán", (await page.InnerTextAsync("#product-status")).Trim());
        await Screens.ScreenshotAsync(page, "path-4-product-390");

        // The harvest came with it as the product's lot: today, where the cooperative is, a code made from the product.
        Assert.Matches(@"MCST-\d{6} · ", await page.InnerTextAsync("#lots"));
        Assert.Equal("xã Tân Trào", await page.InputValueAsync("#LotCommune")); // and the next lot's form is as ready
        var label = await page.RunAndWaitForDownloadAsync(() => path.TapAsync("#lots form.label-form button"));
        Assert.EndsWith(".pdf", label.SuggestedFilename, StringComparison.Ordinal);
        await Screens.ScreenshotAsync(page, "path-5-lot-390");
        Assert.True(await Screens.FitsAsync(page), "the product page is wider than 390 px");

        var counts = $"path on a phone: {path.PageLoads} page loads, {path.Taps} taps, {path.Fields} fields, {path.Typed} characters typed";
        output.WriteLine(counts);
        if (Environment.GetEnvironmentVariable("MARKETPLACE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "path-counts.txt"), counts);
        }
        // Held where this path stands now (9 loads, 15 taps, 18 fields, about 210 characters), so that it only gets shorter.
        Assert.True(path.PageLoads <= 9 && path.Taps <= 15 && path.Fields <= 18 && path.Typed <= 555 / 2, path.ToString());

        // The same pages at a desk, to look at.
        var productUrl = new Uri(page.Url).PathAndQuery;
        var today = new Uri(link).PathAndQuery;
        var desk = await page.Context.NewPageAsync();
        await desk.SetViewportSizeAsync(1280, 800);
        foreach (var (url, shot) in new[]
        {
            (today, "path-2-today-1280"), (today.Replace("/today", "/products?kind=mac-ca", StringComparison.Ordinal), "path-3-new-product-1280"),
            (productUrl, "path-4-product-1280"), (today.Replace("/today", "/staff", StringComparison.Ordinal), "path-6-staff-1280"),
            ("/cooperatives/apply", "path-1-apply-1280"),
        })
        {
            await desk.GotoAsync(url);
            await Screens.ScreenshotAsync(desk, shot);
        }

        await page.GotoAsync(today.Replace("/today", "/staff", StringComparison.Ordinal));
        await Screens.ScreenshotAsync(page, "path-6-staff-390");
        Assert.True(await Screens.FitsAsync(page), "the staff page is wider than 390 px");

        // The other browser tests count the demo's cooperatives on the home page: this one leaves it.
        await admin.GotoAsync(applicationUrl);
        await admin.FillAsync("#Reason", "Kết thúc kịch bản thử nghiệm.");
        admin.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await admin.ClickAsync("button.decision-Suspend");
        await admin.WaitForSelectorAsync("#flash");
    }

    /// <summary>A valid tax code no other test uses (one cooperative per tax code): random ones, until one passes its check digit.</summary>
    private static string FreshTaxCode() =>
        Enumerable.Range(0, 10_000)
            .Select(_ => Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(Marketplace.SharedKernel.Vietnam.TaxCode.IsValid);

    /// <summary>A picture as large as a phone camera's: a screenshot of the home page at that size.</summary>
    private async Task<byte[]> PhotoAsync(int width, int height)
    {
        var camera = await browser.NewPageAsync(width, height);
        await camera.GotoAsync("/");
        return await camera.ScreenshotAsync();
    }

    private async Task<string> MailedLinkAsync(string email)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var mails = Directory.Exists(browser.MailFolder) ? Directory.GetFiles(browser.MailFolder, "*.eml") : [];
            foreach (var file in mails)
            {
                var text = await File.ReadAllTextAsync(file);
                if (text.Contains(email, StringComparison.OrdinalIgnoreCase) && TodayLink().Match(text) is { Success: true } found)
                {
                    return found.Value;
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("No approval mail with a link to the Today screen.");
    }

    [GeneratedRegex(@"http://localhost/cooperatives/[0-9a-f-]{36}/today")]
    private static partial Regex TodayLink();

    /// <summary>A person's steps on the page, counted: each page the browser loads, tap, field and typed character.</summary>
    private sealed class CountedPath
    {
        private readonly IPage _page;
        private readonly HashSet<string> _fields = new(StringComparer.Ordinal);

        public CountedPath(IPage page)
        {
            _page = page;
            // A document loaded, not a navigation: a script's history.replaceState is not a page load.
            page.DOMContentLoaded += (_, _) => PageLoads++;
        }

        public int PageLoads { get; private set; }

        public int Taps { get; private set; }

        public int Fields => _fields.Count;

        public int Typed { get; private set; }

        public async Task OpenAsync(string url) => await _page.GotoAsync(url);

        public async Task TapAsync(string selector)
        {
            Taps++;
            await _page.Locator(selector).First.ClickAsync();
        }

        /// <summary>Types into a field; a field the page filled already is cleared first, and only the new text counts.</summary>
        public async Task FillAsync(string selector, string text)
        {
            _fields.Add(selector);
            Typed += text.Length;
            await _page.FillAsync(selector, text);
        }

        public async Task ChooseAsync(string selector, string value)
        {
            _fields.Add(selector);
            Taps += 2; // open the list, pick one
            await _page.SelectOptionAsync(selector, value);
        }

        public async Task AttachAsync(string selector, FilePayload file)
        {
            _fields.Add(selector);
            Taps += 2; // the field, then the photo or file
            await _page.SetInputFilesAsync(selector, file);
        }

        public override string ToString() => $"{PageLoads} loads, {Taps} taps, {Fields} fields, {Typed} typed";
    }
}
