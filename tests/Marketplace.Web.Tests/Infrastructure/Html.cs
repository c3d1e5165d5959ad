using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Reads pages and submits their forms the way a browser would, hidden antiforgery field included.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<HtmlPage> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    /// <summary>The page a response ended on, after any redirects.</summary>
    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response) =>
        new(
            response.RequestMessage!.RequestUri!.PathAndQuery,
            (int)response.StatusCode,
            await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));

    /// <summary>Fills the named fields of the form matched by <paramref name="formSelector"/> and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        HtmlPage page,
        string formSelector,
        IReadOnlyDictionary<string, string> fields,
        string? submitValue = null)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector}.");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[name]")
            .Where(i => i.Type is "hidden" or "text" or "email" or "password")
            .ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        if (submitValue is not null)
        {
            var button = form.QuerySelectorAll<IHtmlButtonElement>("button[name]").First(b => b.Value == submitValue);
            values[button.Name!] = submitValue;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : action;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(target, content);
    }

    /// <summary>Posts a multipart form (one with file inputs) with its hidden fields, the given fields and files.</summary>
    public static async Task<HttpResponseMessage> SubmitMultipartAsync(
        this HttpClient client,
        HtmlPage page,
        string formSelector,
        IReadOnlyDictionary<string, string> fields,
        params (string Name, string FileName, byte[] Content)[] files)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector}.");
        using var content = new MultipartFormDataContent();
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden][name]").ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), name, fileName);
        }

        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? page.Url : action, content);
    }

    public static IReadOnlyList<string> Texts(this IParentNode node, string selector) =>
        node.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}

public sealed record HtmlPage(string Url, int Status, IHtmlDocument Document)
{
    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;

    public IReadOnlyList<string> Texts(string selector) => Document.Texts(selector);
}
