using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Admin;

/// <summary>The audit log, read-only; days are Vietnam's (UTC+7).</summary>
public sealed class AuditModel(ISender sender) : PageModel
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? from = From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), Vietnam) : null;
        DateTimeOffset? to = To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), Vietnam) : null;
        Entries = await sender.Send(new ListAuditEntriesQuery(Action, "Cooperative", null, from, to), cancellationToken);
    }
}
