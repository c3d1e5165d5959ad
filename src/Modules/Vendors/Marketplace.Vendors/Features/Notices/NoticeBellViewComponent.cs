using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Vendors.Features.Notices;

/// <summary>
/// The bell in the site's header, with the number of unread notices, for a signed-in person.
/// Public because MVC finds view components only among public types.
/// </summary>
public sealed class NoticeBellViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Notices/NoticeBell.cshtml", await sender.Send(new CountUnreadNoticesQuery(UserClaimsPrincipal.UserId())));
}
