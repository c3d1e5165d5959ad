using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.Conversations;

/// <summary>The conversations reported as abuse, those not yet reviewed first: the only ones admins may read.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class ReportedConversationsModel(ISender sender) : PageModel
{
    public const string Path = "/admin/reported-messages";

    public IReadOnlyList<ConversationSummary> Conversations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Conversations = await sender.Send(new ListReportedConversationsQuery(), cancellationToken);
}
