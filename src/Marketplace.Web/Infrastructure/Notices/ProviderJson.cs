using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Web.Infrastructure.Notices;

/// <summary>A provider's answer read as JSON, or null when it is not JSON (a proxy's error page, an empty body).</summary>
internal static class ProviderJson
{
    public static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
