using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.SharedKernel.Web;

/// <summary>
/// What a public page says of itself to search engines and to the apps a link to it is shared in
/// (Facebook, Zalo, X): a description, a picture, a type and, as JSON-LD, the schema.org things it
/// shows. A page sets it in <c>ViewData[PageMeta.Key]</c>; the layout writes the tags, every
/// address absolute from Site:PublicBaseUrl (never the request's Host).
/// </summary>
public sealed record PageMeta(string Description)
{
    public const string Key = "PageMeta";

    /// <summary>Search engines show about this many characters of a description.</summary>
    public const int DescriptionLength = 160;

    private static readonly JsonSerializerOptions Json = new()
    {
        // The default encoder escapes <, > and &, so no text of a cooperative's can end the script element.
        Encoder = JavaScriptEncoder.Default,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The page's own address (path and the query that names it, "/products?category=tra"); the request's path when none.</summary>
    public string? Path { get; init; }

    /// <summary>Our path of the page's picture (/media/…), or an absolute address; none leaves the picture tags out.</summary>
    public string? Image { get; init; }

    /// <summary>Open Graph's type: "website", or "product" for a product page.</summary>
    public string Type { get; init; } = "website";

    /// <summary>A product's lowest price in đồng, for Open Graph's product:price tags.</summary>
    public long? PriceVnd { get; init; }

    /// <summary>The schema.org things the page shows (a Product, an Organization, its BreadcrumbList), written as JSON-LD.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> StructuredData { get; init; } = [];

    /// <summary>A description from a longer text: its first sentences, cut at a word before the length search engines show.</summary>
    public static PageMeta Of(string text)
    {
        var flat = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= DescriptionLength)
        {
            return new PageMeta(flat);
        }

        var cut = flat.LastIndexOf(' ', DescriptionLength - 1);
        return new PageMeta(string.Concat(flat.AsSpan(0, cut > DescriptionLength / 2 ? cut : DescriptionLength - 1), "…"));
    }

    /// <summary>A schema.org thing of the given type, its properties to add.</summary>
    public static Dictionary<string, object?> Thing(string type, bool root = true)
    {
        var thing = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (root)
        {
            thing["@context"] = "https://schema.org";
        }

        thing["@type"] = type;
        return thing;
    }

    /// <summary>The JSON-LD of one thing, safe to write inside a script element.</summary>
    public static string JsonLd(IReadOnlyDictionary<string, object?> thing) => JsonSerializer.Serialize(thing, Json);

    /// <summary>A price as schema.org writes it: digits, a dot for decimals (đồng have none).</summary>
    public static string Price(long amountVnd) => amountVnd.ToString(CultureInfo.InvariantCulture);
}
