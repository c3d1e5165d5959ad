using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Features.SubmitCertificate;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.DecideCertificate;

/// <summary>The admins verify or reject the certificates cooperatives upload.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminCertificatesModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; } = "Pending";

    public IReadOnlyList<CertificateView> Certificates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Certificates = await sender.Send(new ListCertificateQueueQuery(Status), cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(Guid certificateId, CertificateDecision decision, string? reason, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DecideCertificateCommand(certificateId, decision, reason, User.UserId(), User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["certificates.decided", result.Value.CooperativeName].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
