using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.GetApplicationDocument;

/// <summary>An application's document, for admins and the cooperative's own people only.</summary>
[Authorize]
internal sealed class DocumentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetApplicationDocumentQuery(id, User.UserId(), User.IsAdmin()), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
    }
}
