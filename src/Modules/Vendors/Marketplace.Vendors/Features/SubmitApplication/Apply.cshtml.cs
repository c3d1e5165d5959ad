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

    /// <summary>When the form was last kept as a draft, if it was opened from one.</summary>
    public DateTimeOffset? DraftSavedAt { get; private set; }

    /// <summary>The draft left last time, or a form with what the account already says (e-mail, name).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetApplicationDraftQuery(User.UserId()), cancellationToken) is { } draft)
        {
            Input = ApplyInput.From(draft.Fields);
            DraftSavedAt = draft.SavedAt;
            return;
        }

        Input.Email = User.Email();
        Input.ContactPerson = User.DisplayName() ?? string.Empty;
    }

    /// <summary>Keeps what is typed so far, checked by nothing; the documents are chosen again when sending.</summary>
    public async Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var saved = await sender.Send(new SaveApplicationDraftCommand(User.UserId(), Input.ToDraft()), cancellationToken);
        if (!saved.IsSuccess)
        {
            ModelState.AddErrors(saved.Error!, nameof(Input));
            return Page();
        }

        TempData["Flash"] = text["apply.draft.saved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> documents, CancellationToken cancellationToken)
    {
        var files = await UploadedFiles.ReadAsync(documents, cancellationToken);
        var command = new SubmitApplicationCommand(
            User.UserId(), User.Email(), Input.LegalName, Input.RegistrationNumber, Input.TaxCode, Input.Province, Input.Commune,
            Input.Address, Input.ContactPerson, Input.Phone, Input.Email, Input.Story ?? string.Empty, Cultures.Current, files);
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

        /// <summary>The one optional text: left empty, it binds as null (MVC's way with text), which the command takes as empty.</summary>
        public string? Story { get; set; }

        /// <summary>Only a place for the documents' error messages; the files bind to the handler's parameter.</summary>
        public string? Documents { get; set; }

        public static ApplyInput From(ApplicationDraftFields d) => new()
        {
            LegalName = d.LegalName ?? string.Empty,
            RegistrationNumber = d.RegistrationNumber ?? string.Empty,
            TaxCode = d.TaxCode ?? string.Empty,
            Province = d.Province ?? string.Empty,
            Commune = d.Commune ?? string.Empty,
            Address = d.Address ?? string.Empty,
            ContactPerson = d.ContactPerson ?? string.Empty,
            Phone = d.Phone ?? string.Empty,
            Email = d.Email ?? string.Empty,
            Story = d.Story ?? string.Empty,
        };

        public ApplicationDraftFields ToDraft() =>
            new(LegalName, RegistrationNumber, TaxCode, Province, Commune, Address, ContactPerson, Phone, Email, Story);
    }
}
