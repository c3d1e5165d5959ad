using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.GetCertificateDocument;

/// <summary>A certificate's scan, for admins and the cooperative's own people only.</summary>
[Authorize]
internal sealed class CertificateDocumentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetCertificateDocumentQuery(id, User.UserId(), User.IsAdmin()), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
    }
}
