using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.SupportAccess;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.ManageStaff;

/// <summary>The cooperative's people; owners invite, change roles and remove, as the /staff API does.</summary>
[Authorize]
internal sealed class StaffModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    public CooperativeId Id { get; private set; }

    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    public bool IsOwner { get; private set; }

    /// <summary>Whether the alliance's support team may help now, and what it did.</summary>
    public SupportAccessView? Support { get; private set; }

    [BindProperty]
    public int SupportDays { get; set; } = 7;

    [BindProperty]
    public string? InviteEmail { get; set; }

    [BindProperty]
    public StaffRole InviteRole { get; set; } = StaffRole.Staff;

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostInviteAsync(CooperativeId id, CancellationToken cancellationToken) =>
        SendAsync(
            id,
            new InviteStaffCommand(id, User.UserId(), InviteEmail ?? string.Empty, InviteRole, Cultures.Current),
            "staff.invited",
            nameof(InviteEmail),
            cancellationToken);

    public Task<IActionResult> OnPostRoleAsync(CooperativeId id, string email, StaffRole role, CancellationToken cancellationToken) =>
        SendAsync(id, new ChangeStaffRoleCommand(id, User.UserId(), email, role), "staff.changed", string.Empty, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(CooperativeId id, string email, CancellationToken cancellationToken) =>
        SendAsync(id, new RemoveStaffCommand(id, User.UserId(), email), "staff.removed", string.Empty, cancellationToken);

    public Task<IActionResult> OnPostGrantSupportAsync(CooperativeId id, CancellationToken cancellationToken) =>
        SendAsync(id, new GrantSupportCommand(id, User.UserId(), SupportEndpoints.ActorName(User), SupportDays), "support.granted", nameof(SupportDays),
            cancellationToken);

    public Task<IActionResult> OnPostEndSupportAsync(CooperativeId id, CancellationToken cancellationToken) =>
        SendAsync(id, new EndSupportCommand(id, User.UserId(), SupportEndpoints.ActorName(User)), "support.ended", string.Empty, cancellationToken);

    private async Task<IActionResult> SendAsync<T>(
        CooperativeId id, ICommand<Result<T>> command, string done, string field, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[done].Value;
            return RedirectToPage(new { id });
        }

        if (result.Error!.Type == ErrorType.NotFound && result.Error.Code == "cooperative.not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, string.Empty, _ => field);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var members = await sender.Send(new ListStaffQuery(id, User.UserId()), cancellationToken);
        if (!members.IsSuccess)
        {
            return false;
        }

        Members = members.Value;
        IsOwner = await sender.Send(new GetVendorStaffRoleQuery(id, User.UserId()), cancellationToken) == StaffRole.Owner;
        var support = await sender.Send(new GetSupportAccessQuery(id, User.UserId()), cancellationToken);
        Support = support.IsSuccess ? support.Value : null;
        return true;
    }
}
