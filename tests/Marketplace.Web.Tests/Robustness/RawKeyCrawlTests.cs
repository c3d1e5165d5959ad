using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// Every page the demo's people reach by following links, in Vietnamese and in English: none
/// shows a resource key instead of its text ("unit.Kg", "partstatus.Placed"), none answers 5xx.
/// </summary>
public sealed class RawKeyCrawlTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private const int PagesPerPerson = 45;

    public static TheoryData<string, string?, string?> People() => new()
    {
        { "vi", null, null },
        { "en", "shopper1@example.vn", "Shopper#Demo2025" },
        { "vi", "muasi@example.vn", "Buyer#Demo2025" },
        { "en", "muasi@example.vn", "Buyer#Demo2025" },
        { "vi", "lienhe3@htx-demo.vn", "Owner#Demo2025" },
        { "en", "lienhe3@htx-demo.vn", "Owner#Demo2025" },
        { "vi", "admin@htx-marketplace.vn", "Admin#Demo2025" },
        { "en", "admin@htx-marketplace.vn", "Admin#Demo2025" },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task NoPageShowsAResourceKey_OrFails(string culture, string? email, string? password)
    {
        var client = email is null ? factory.CreateClient() : await factory.SignedInPagesAsync(email, password!);
        if (culture == "en")
        {
            await client.SwitchLanguageAsync("en");
        }

        var rawKey = RawKey();
        var parser = new HtmlParser();
        var queue = new Queue<string>(["/", "/products", "/cart", "/orders", "/business", "/business/rfqs", "/cooperatives/mine", "/admin/applications"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        while (queue.Count > 0 && seen.Count < PagesPerPerson)
        {
            var path = queue.Dequeue();
            if (!seen.Add(path))
            {
                continue;
            }

            using var response = await client.GetAsync(path);
            if ((int)response.StatusCode >= 500)
            {
                problems.Add($"{path}: {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            foreach (var hidden in document.QuerySelectorAll("script, style").ToList())
            {
                hidden.Remove();
            }

            var shown = string.Join(' ', new[] { document.Body?.TextContent ?? string.Empty }
                .Concat(document.QuerySelectorAll("[placeholder], [aria-label], [title]")
                    .SelectMany(e => new[] { e.GetAttribute("placeholder"), e.GetAttribute("aria-label"), e.GetAttribute("title") })
                    .OfType<string>()));
            problems.AddRange(rawKey.Matches(shown).Select(m => $"{path}: {m.Value}"));

            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/api/", StringComparison.Ordinal)
                    && !href.Contains("logout", StringComparison.OrdinalIgnoreCase) && !Path.HasExtension(href.Split('?')[0]))
                {
                    queue.Enqueue(href.Split('#')[0]);
                }
            }
        }

        Assert.True(seen.Count >= 8, $"only {seen.Count} pages reached");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    /// <summary>"prefix.Rest" for every first segment our resource names use ("unit", "partstatus" …), letters of any script.</summary>
    private static Regex RawKey()
    {
        var prefixes = TextTables.Vietnamese().SelectMany(path => XDocument.Load(path).Root!.Elements("data"))
            .Select(d => d.Attribute("name")!.Value.Split('.')[0]).Distinct().Select(Regex.Escape);
        return new Regex($@"(?<![\w@/.-])(?:{string.Join('|', prefixes)})\.[\p{{L}}\w]+(?:\.[\p{{L}}\w]+)*(?![\w@-])", RegexOptions.CultureInvariant);
    }
}
