using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.ListAuditEntries;

/// <summary>The audit log, read-only; days are Vietnam's (UTC+7).</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AuditModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    /// <summary>The kinds of entry in the log, each a choice of the filter.</summary>
    public IReadOnlyList<string> Actions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (from, to) = Period();
        Entries = await sender.Send(new ListAuditEntriesQuery(Action, null, null, from, to), cancellationToken);
        Actions = await sender.Send(new ListAuditActionsQuery(), cancellationToken);
    }

    /// <summary>What the filter shows, every entry of it, as CSV or (format=xlsx) an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var (from, to) = Period();
        var file = await sender.Send(
            new ExportAuditEntriesQuery(Action, null, null, from, to, Excel: string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)),
            cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private (DateTimeOffset? From, DateTimeOffset? To) Period() => (
        From is { } f ? VietnamTime.StartOf(f) : null,
        To is { } t ? VietnamTime.StartOf(t.AddDays(1)) : null);
}
