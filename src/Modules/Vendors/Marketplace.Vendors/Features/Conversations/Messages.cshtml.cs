using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.Conversations;

/// <summary>A person's conversations with cooperatives, the latest first, those with an unread answer marked.</summary>
[Authorize]
internal sealed class MessagesModel(ISender sender) : PageModel
{
    public IReadOnlyList<ConversationSummary> Conversations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Conversations = await sender.Send(new ListMyConversationsQuery(User.UserId()), cancellationToken);
}
