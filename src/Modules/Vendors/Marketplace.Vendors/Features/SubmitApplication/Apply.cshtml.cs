using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.SubmitApplication;

/// <summary>A signed-in person applies for a cooperative; the same command as POST /api/v1/cooperatives/applications.</summary>
[Authorize]
internal sealed class ApplyModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    public void OnGet() => Input.Email = User.Email();

    public async Task<IActionResult> OnPostAsync(List<IFormFile> documents, CancellationToken cancellationToken)
    {
        var files = await UploadedFiles.ReadAsync(documents, cancellationToken);
        var command = new SubmitApplicationCommand(
            User.UserId(), User.Email(), Input.LegalName, Input.RegistrationNumber, Input.TaxCode, Input.Province, Input.Commune,
            Input.Address, Input.ContactPerson, Input.Phone, Input.Email, Input.Story, Cultures.Current, files);
        var result = await sender.Send(command, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Error!, nameof(Input), field => field.StartsWith("Documents", StringComparison.Ordinal) ? "Documents" : field);
            return Page();
        }

        TempData["Flash"] = text["apply.submitted"].Value;
        return RedirectToPage("/Features/GetMyCooperatives/Mine");
    }

    internal sealed class ApplyInput
    {
        public string LegalName { get; set; } = string.Empty;

        public string RegistrationNumber { get; set; } = string.Empty;

        public string TaxCode { get; set; } = string.Empty;

        public string Province { get; set; } = string.Empty;

        public string Commune { get; set; } = string.Empty;

        public string Address { get; set; } = string.Empty;

        public string ContactPerson { get; set; } = string.Empty;

        public string Phone { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;

        public string Story { get; set; } = string.Empty;

        /// <summary>Only a place for the documents' error messages; the files bind to the handler's parameter.</summary>
        public string? Documents { get; set; }
    }
}
