using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.GetStorefrontSettings;
using Marketplace.Vendors.Features.SetShippingTerms;
using Marketplace.Vendors.Features.SetStorefrontImage;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.EditStorefront;

/// <summary>A cooperative's people edit its storefront: the same commands as PUT /api/v1/cooperatives/{id}/storefront.</summary>
[Authorize]
internal sealed class StorefrontModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    public StorefrontSettings? Settings { get; private set; }

    [BindProperty]
    public StorefrontInput Input { get; set; } = new();

    /// <summary>Only a place for the upload's error messages.</summary>
    public string? Image { get; set; }

    /// <summary>Only a place for the shipping form's error messages.</summary>
    public string? Shipping { get; set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = StorefrontInput.From(Settings!);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(Input.ToCommand(id, User.UserId()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["storefront.saved"].Value;
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostImageAsync(CooperativeId id, StorefrontImageKind kind, IFormFile? file, CancellationToken cancellationToken)
    {
        var image = file is null ? new UploadedFile(string.Empty, ReadOnlyMemory<byte>.Empty) : (await UploadedFiles.ReadAsync([file], cancellationToken))[0];
        var result = await sender.Send(new SetStorefrontImageCommand(id, User.UserId(), kind, image), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["storefront.image.saved"].Value;
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => nameof(Image));
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = StorefrontInput.From(Settings!);
        return Page();
    }

    public async Task<IActionResult> OnPostShippingAsync(
        CooperativeId id,
        [VndAmount] long feeVnd,
        [VndAmount] long? freeFromVnd,
        OwnDelivery ownDelivery,
        DeliveryCarrier[]? carriers,
        CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await sender.Send(
                new SetShippingTermsCommand(id, User.UserId(), feeVnd, freeFromVnd, ownDelivery, carriers ?? []), cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = text["storefront.saved"].Value;
                return RedirectToPage(new { id });
            }

            ModelState.AddErrors(result.Error!, string.Empty, _ => nameof(Shipping));
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = StorefrontInput.From(Settings!);
        return Page();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var settings = await sender.Send(new GetStorefrontSettingsQuery(id, User.UserId()), cancellationToken);
        Settings = settings.IsSuccess ? settings.Value : null;
        return settings.IsSuccess;
    }

    internal sealed class StorefrontInput
    {
        public string Name { get; set; } = string.Empty;

        public string? Slug { get; set; }

        public string Tagline { get; set; } = string.Empty;

        public string Story { get; set; } = string.Empty;

        public string? StoryEnglish { get; set; }

        public string ContactPerson { get; set; } = string.Empty;

        public string Phone { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;

        public string Province { get; set; } = string.Empty;

        public string Commune { get; set; } = string.Empty;

        public string Address { get; set; } = string.Empty;

        public static StorefrontInput From(StorefrontSettings s) => new()
        {
            Name = s.Name,
            Slug = s.Slug,
            Tagline = s.Tagline,
            Story = s.Story,
            StoryEnglish = s.StoryEnglish,
            ContactPerson = s.ContactPerson,
            Phone = s.Phone,
            Email = s.Email,
            Province = s.Province,
            Commune = s.Commune,
            Address = s.Address,
        };

        public EditStorefrontCommand ToCommand(CooperativeId id, UserId actor) => new(
            id, actor, Name ?? string.Empty, Slug, Tagline ?? string.Empty, Story ?? string.Empty, StoryEnglish, ContactPerson ?? string.Empty,
            Phone ?? string.Empty, Email ?? string.Empty, Province ?? string.Empty, Commune ?? string.Empty, Address ?? string.Empty);
    }
}
