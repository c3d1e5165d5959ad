using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.Notices;

/// <summary>The notification centre: what happened, what was sent by Zalo or SMS and whether it arrived, and where notices go.</summary>
[Authorize]
internal sealed class NoticesModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    public NoticeList List { get; private set; } = new(0, []);

    public NoticeSettingsView Settings { get; private set; } = new(null, false, false, null, null, []);

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new SettingsInput
        {
            Phone = Settings.Phone,
            Zalo = Settings.Zalo,
            Sms = Settings.Sms,
            QuietFrom = Settings.QuietFrom,
            QuietUntil = Settings.QuietUntil,
        };
    }

    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new MarkNoticesReadCommand(User.UserId()), cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new ChangeNoticeSettingsCommand(User.UserId(), Input.Phone, Input.Zalo, Input.Sms, Input.QuietFrom, Input.QuietUntil), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["notices.settings.saved"].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        List = await sender.Send(new ListNoticesQuery(User.UserId()), cancellationToken);
        Settings = await sender.Send(new GetNoticeSettingsQuery(User.UserId()), cancellationToken);
    }

    internal sealed class SettingsInput
    {
        public string? Phone { get; set; }

        public bool Zalo { get; set; }

        public bool Sms { get; set; }

        public TimeOnly? QuietFrom { get; set; }

        public TimeOnly? QuietUntil { get; set; }
    }
}
