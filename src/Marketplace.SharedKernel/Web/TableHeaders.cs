using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Marketplace.SharedKernel.Web;

/// <summary>
/// <c>@Html.ActionsHeader()</c>: the header of a table's column of buttons, named for screen readers
/// and hidden from sight. A data cell under an empty header is read without one (axe's td-has-header).
/// </summary>
public static class TableHeaders
{
    /// <param name="label">What the column's controls do, when more telling than "Actions".</param>
    public static IHtmlContent ActionsHeader(this IHtmlHelper html, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = html.ViewContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();
        var content = new HtmlContentBuilder();
        content.AppendHtml("<th><span class=\"sr-only\">");
        content.Append(label ?? text["table.actions"]);
        content.AppendHtml("</span></th>");
        return content;
    }
}
