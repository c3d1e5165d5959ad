using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = string.Empty;

    /// <summary>A 4xx when the request itself was at fault (text no database stores, a body that cannot be read).</summary>
    public bool RequestWasWrong { get; private set; }

    public void OnGet()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        RequestWasWrong = Response.StatusCode is >= 400 and < 500;
    }

    public void OnPost() => OnGet();
}
