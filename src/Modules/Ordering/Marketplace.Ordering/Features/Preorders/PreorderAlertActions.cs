using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// "Notify me", for every page that shows a coming window (the season's calendar, the window's
/// page): asks or drops the alert and comes back to the page it was on, saying what happened.
/// </summary>
internal static class PreorderAlertActions
{
    public static async Task<IActionResult> AskAsync(PageModel page, ISender sender, IStringLocalizer<OrderingText> text, Guid windowId)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.User.Identity?.IsAuthenticated != true)
        {
            return page.Challenge();
        }

        try
        {
            var asked = await sender.Send(
                new AskPreorderAlertCommand(windowId, page.User.UserId(), page.User.Email(), Cultures.Current), page.HttpContext.RequestAborted);
            page.TempData["Flash"] = asked.IsSuccess
                ? text["alert.done", asked.Value.OpensOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value
                : asked.Error!.Message;
        }
        catch (DbUpdateException)
        {
            // A double click: the other request made the alert (one per buyer and window).
            page.TempData["Flash"] = text["alert.asked"].Value;
        }

        return Back(page);
    }

    public static async Task<IActionResult> DropAsync(PageModel page, ISender sender, IStringLocalizer<OrderingText> text, Guid windowId)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.User.Identity?.IsAuthenticated != true)
        {
            return page.Challenge();
        }

        await sender.Send(new DropPreorderAlertCommand(windowId, page.User.UserId()), page.HttpContext.RequestAborted);
        page.TempData["Flash"] = text["alert.dropped"].Value;
        return Back(page);
    }

    /// <summary>The page the form was on (its path, the season's filters kept), without the handler's own query.</summary>
    private static RedirectResult Back(PageModel page)
    {
        var query = page.Request.Query
            .Where(q => q.Key is not ("handler" or "alertWindowId"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"));
        var rest = string.Join('&', query);
        return new RedirectResult(page.Request.Path + (rest.Length > 0 ? "?" + rest : string.Empty));
    }
}
