using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.Conversations;

/// <summary>
/// One conversation, as its customer or the cooperative's people read and answer it (the
/// cooperative with its quick replies a tap away), or as an admin reads one reported.
/// </summary>
[Authorize]
internal sealed class ConversationModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    public ConversationView Conversation { get; private set; } = null!;

    public IReadOnlyList<QuickReplyView> QuickReplies { get; private set; } = [];

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid? QuickReplyId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var written = await sender.Send(
            new WriteMessageCommand(id, User.UserId(), ConversationEndpoints.NameOf(User), User.Email(), Cultures.Current, Text ?? string.Empty),
            cancellationToken);
        if (written.IsSuccess)
        {
            return Redirect(ConversationPaths.Of(id) + "#message-form");
        }

        ModelState.AddErrors(written.Error!, string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>A quick reply put in the answer box (after what was already written there), to send as it is or edit first; no script needed.</summary>
    public async Task<IActionResult> OnPostQuickAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (QuickReplies.FirstOrDefault(q => q.Id == QuickReplyId) is { } reply)
        {
            Text = string.IsNullOrWhiteSpace(Text) ? reply.Text : $"{Text.TrimEnd()}\n{reply.Text}";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReportAsync(Guid id, CancellationToken cancellationToken)
    {
        var reported = await sender.Send(new ReportConversationCommand(id, User.UserId(), Reason ?? string.Empty), cancellationToken);
        if (reported.IsSuccess)
        {
            TempData["Flash"] = text["messages.report.done"].Value;
            return Redirect(ConversationPaths.Of(id));
        }

        ModelState.AddErrors(reported.Error!, string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReviewedAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.IsAdmin())
        {
            return NotFound();
        }

        var reviewed = await sender.Send(new ReviewConversationReportCommand(id, User.UserId(), User.Email()), cancellationToken);
        return reviewed.IsSuccess ? Redirect(ReportedConversationsModel.Path) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var opened = await sender.Send(new OpenConversationCommand(id, User.UserId(), User.IsAdmin()), cancellationToken);
        if (!opened.IsSuccess)
        {
            return false;
        }

        Conversation = opened.Value!;
        if (Conversation.Viewer == ConversationSide.Cooperative)
        {
            var replies = await sender.Send(new ListQuickRepliesQuery(Conversation.CooperativeId, User.UserId()), cancellationToken);
            QuickReplies = replies.IsSuccess ? replies.Value : [];
        }

        return true;
    }
}
