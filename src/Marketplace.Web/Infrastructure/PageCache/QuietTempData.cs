using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.PageCache;

/// <summary>
/// The cookie that carries a flash message to the next page, which, unlike ASP.NET Core's own,
/// is not deleted from a visitor who never had one. Every page reads it (the layout shows the
/// flash), and the deletion was a Set-Cookie on every answer: a page that sets a cookie is never
/// put in the shopper pages' cache, so none was.
/// </summary>
internal sealed class QuietTempData(CookieTempDataProvider cookie, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookie.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!))
        {
            return;
        }

        cookie.SaveTempData(context, values);
    }
}
