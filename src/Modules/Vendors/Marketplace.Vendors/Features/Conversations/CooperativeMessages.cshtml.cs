using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.Conversations;

/// <summary>A cooperative's messages, those waiting for an answer first, and the quick replies its people keep.</summary>
[Authorize]
internal sealed class CooperativeMessagesModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    public CooperativeInbox Inbox { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Waiting { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var added = await sender.Send(new AddQuickReplyCommand(id, User.UserId(), Title ?? string.Empty, Text ?? string.Empty), cancellationToken);
        if (added.IsSuccess)
        {
            TempData["Flash"] = text["messages.quick.added"].Value;
            return Redirect($"/cooperatives/{id}/messages#quick-replies");
        }

        ModelState.AddErrors(added.Error!, string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CooperativeId id, Guid replyId, CancellationToken cancellationToken)
    {
        var removed = await sender.Send(new RemoveQuickReplyCommand(id, User.UserId(), replyId), cancellationToken);
        return removed.IsSuccess ? Redirect($"/cooperatives/{id}/messages#quick-replies") : NotFound();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var inbox = await sender.Send(new ListCooperativeConversationsQuery(id, User.UserId(), Waiting), cancellationToken);
        if (!inbox.IsSuccess)
        {
            return false;
        }

        Inbox = inbox.Value;
        return true;
    }
}
