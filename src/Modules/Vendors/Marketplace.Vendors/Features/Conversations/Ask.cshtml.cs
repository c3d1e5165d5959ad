using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.Conversations;

/// <summary>
/// Asking a cooperative (from a product's page, an order, or its storefront): the question's page,
/// or the conversation already had about the same thing.
/// </summary>
[Authorize]
internal sealed class AskModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Product { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Order { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Cooperative { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public AskTopic Topic { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var topic = await sender.Send(
            new FindAskTopicQuery(User.UserId(), Cultures.Current, ProductOf(), OrderOf(), CooperativeOf()), cancellationToken);
        if (!topic.IsSuccess)
        {
            return NotFound();
        }

        if (topic.Value!.ConversationId is { } existing)
        {
            return Redirect(ConversationPaths.Of(existing));
        }

        Topic = topic.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var asked = await sender.Send(ConversationEndpoints.Ask(User, ProductOf(), OrderOf(), CooperativeOf(), Text), cancellationToken);
        if (asked.IsSuccess)
        {
            return Redirect(ConversationPaths.Of(asked.Value!.Id) + "#message-form");
        }

        var topic = await sender.Send(
            new FindAskTopicQuery(User.UserId(), Cultures.Current, ProductOf(), OrderOf(), CooperativeOf()), cancellationToken);
        if (!topic.IsSuccess)
        {
            return NotFound();
        }

        Topic = topic.Value!;
        ModelState.AddErrors(asked.Error!, string.Empty);
        return Page();
    }

    private ProductId? ProductOf() => Product is { } id ? ProductId.From(id) : null;

    private OrderId? OrderOf() => Order is { } id ? OrderId.From(id) : null;

    private CooperativeId? CooperativeOf() => Cooperative is { } id ? CooperativeId.From(id) : null;
}
