using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages;

/// <summary>The friendly page behind every error status of a page request (404 and the rest).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code is >= 400 and <= 599 ? code : 404;

    public void OnPost(int code) => OnGet(code);
}
