using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.ListCertificates;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.SubmitCertificate;

/// <summary>A cooperative's certificates and the upload of a new one, as POST /api/v1/cooperatives/{id}/certificates.</summary>
[Authorize]
internal sealed class CertificatesModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    public CooperativeId Id { get; private set; }

    public IReadOnlyList<CertificateView> Certificates { get; private set; } = [];

    /// <summary>The cooperative's products, one of which a certificate may be for.</summary>
    public IReadOnlyList<ProductName> Products { get; private set; } = [];

    [BindProperty]
    public CertificateInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CooperativeId id, IFormFile? document, CancellationToken cancellationToken)
    {
        var file = document is null
            ? new UploadedFile(string.Empty, ReadOnlyMemory<byte>.Empty)
            : (await UploadedFiles.ReadAsync([document], cancellationToken))[0];
        var command = new SubmitCertificateCommand(
            id, User.UserId(), Input.Kind, Input.Kind == CertificationKind.Ocop ? Input.OcopStars : null, Input.Number ?? string.Empty,
            Input.Issuer ?? string.Empty, Input.IssuedOn ?? default, Input.ExpiresOn ?? default, file,
            Input.ProductId is { } product ? ProductId.From(product) : null);
        var result = await sender.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["certificates.submitted"].Value;
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var certificates = await sender.Send(new ListCertificatesQuery(id, User.UserId()), cancellationToken);
        Certificates = certificates.IsSuccess ? certificates.Value : [];
        if (certificates.IsSuccess)
        {
            Products = await sender.Send(new ListProductNamesQuery(id), cancellationToken);
        }

        return certificates.IsSuccess;
    }

    internal sealed class CertificateInput
    {
        public CertificationKind Kind { get; set; }

        public int? OcopStars { get; set; }

        /// <summary>The product it certifies; none for the whole cooperative.</summary>
        public Guid? ProductId { get; set; }

        public string? Number { get; set; }

        public string? Issuer { get; set; }

        public DateOnly? IssuedOn { get; set; }

        public DateOnly? ExpiresOn { get; set; }

        /// <summary>Only a place for the file's error messages; the file binds to the handler's parameter.</summary>
        public string? Document { get; set; }
    }
}
