using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Marketplace.E2E.Tests;

/// <summary>
/// Lighthouse (Google's own auditor, the npm package scripts/test installs) on the pages people
/// arrive at from a search or a shared link: the home page, a product and a storefront as a phone
/// (Lighthouse's default, and most of our shoppers), and the product, the richest, as a desktop.
/// Its SEO category must score 100 and its accessibility category at least 95, in Debian's
/// Chromium against the real host. The audits that fall short are named in the failure.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LighthouseTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", "mobile")]
    [InlineData("/products/htx-suoi-giang/tra-shan-tuyet-co-thu", "mobile")]
    [InlineData("/storefronts/htx-suoi-giang", "mobile")]
    [InlineData("/products/htx-suoi-giang/tra-shan-tuyet-co-thu", "desktop")]
    public async Task ThePagesPeopleArriveAt_ScoreSeo100_AndAccessibilityAtLeast95(string path, string formFactor)
    {
        var cli = Environment.GetEnvironmentVariable("MARKETPLACE_TEST_LIGHTHOUSE") ?? string.Empty;
        Assert.SkipWhen(cli.Length == 0 || !File.Exists(cli), "MARKETPLACE_TEST_LIGHTHOUSE is not set: scripts/test installs lighthouse and sets it.");

        // As "localhost", the name the host's public address has, so the page's canonical link is on its own domain.
        var address = new UriBuilder(browser.BaseAddress) { Host = "localhost", Path = path }.Uri;
        using var report = await AuditAsync(cli, address, formFactor);
        var categories = report.RootElement.GetProperty("categories");
        var seo = Score(categories, "seo");
        var accessibility = Score(categories, "accessibility");

        var shortfalls = Shortfalls(report.RootElement);
        Assert.True(seo == 100, $"SEO {seo} on {path} ({formFactor}); {shortfalls}");
        Assert.True(accessibility >= 95, $"accessibility {accessibility} on {path} ({formFactor}); {shortfalls}");
    }

    private static int Score(JsonElement categories, string name) =>
        (int)Math.Round(categories.GetProperty(name).GetProperty("score").GetDouble() * 100);

    /// <summary>Every audit that did not pass, with its title and the first elements it points at.</summary>
    private static string Shortfalls(JsonElement report)
    {
        var text = new StringBuilder("audits that fall short:");
        foreach (var audit in report.GetProperty("audits").EnumerateObject())
        {
            if (audit.Value.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number && score.GetDouble() < 1)
            {
                text.Append(CultureInfo.InvariantCulture, $" [{audit.Name}: {audit.Value.GetProperty("title").GetString()}");
                if (audit.Value.TryGetProperty("details", out var details) && details.TryGetProperty("items", out var items))
                {
                    foreach (var item in items.EnumerateArray().Take(3))
                    {
                        if (item.TryGetProperty("node", out var node) && node.TryGetProperty("selector", out var selector))
                        {
                            text.Append(CultureInfo.InvariantCulture, $" at {selector.GetString()}");
                        }
                    }
                }

                text.Append(']');
            }
        }

        return text.ToString();
    }

    /// <summary>Runs Lighthouse's command line on one page and reads the JSON report it writes.</summary>
    private static async Task<JsonDocument> AuditAsync(string cli, Uri address, string formFactor)
    {
        var output = Path.Combine(Path.GetTempPath(), $"marketplace-lighthouse-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            cli, address.ToString(), "--quiet", "--only-categories=seo,accessibility", "--output=json", $"--output-path={output}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (formFactor == "desktop")
        {
            start.ArgumentList.Add("--preset=desktop");
        }

        // chrome-launcher starts the browser named here, never one it downloads.
        start.Environment["CHROME_PATH"] = BrowserFixture.ChromiumPath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true); // node and the Chromium it started
                throw new Xunit.Sdk.XunitException($"Lighthouse did not finish on {address} within 3 minutes.");
            }

            Assert.True(process.ExitCode == 0 && File.Exists(output), $"Lighthouse failed on {address}: {await stderr}{await stdout}");
            return JsonDocument.Parse(await File.ReadAllBytesAsync(output));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
