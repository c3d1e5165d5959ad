using System.Net.Http.Json;
using System.Text.Json;

namespace Marketplace.Web.Tests.Infrastructure;

public static class HttpClientExtensions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json;
    }

    public static async Task<HtmlPage> SwitchLanguageAsync(this HttpClient client, string culture, string from = "/")
    {
        var page = await client.GetPageAsync(from);
        using var response = await client.SubmitAsync(page, "form.language", new Dictionary<string, string>(), submitValue: culture);
        return await Html.ParseAsync(response);
    }
}
