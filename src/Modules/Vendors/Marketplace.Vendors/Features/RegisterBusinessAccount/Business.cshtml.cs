using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.RegisterBusinessAccount;

/// <summary>A person registers the company they buy for, as POST /api/v1/business-accounts does, and follows its verification.</summary>
[Authorize]
internal sealed class BusinessModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    public IReadOnlyList<BusinessAccountView> Accounts { get; private set; } = [];

    /// <summary>One account waiting or verified at a time; after a rejection, the person may register again.</summary>
    public bool CanRegister => Accounts.All(a => a.Status == BusinessAccountStatus.Rejected);

    [BindProperty]
    public BusinessInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await sender.Send(new GetMyBusinessAccountsQuery(User.UserId()), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new RegisterBusinessAccountCommand(
                User.UserId(),
                User.Email(),
                Input.CompanyName ?? string.Empty,
                Input.TaxCode ?? string.Empty,
                Input.Address ?? string.Empty,
                Input.ContactPerson ?? string.Empty,
                Input.Phone ?? string.Empty),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["business.submitted"].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        await OnGetAsync(cancellationToken);
        return Page();
    }

    internal sealed class BusinessInput
    {
        public string? CompanyName { get; set; }

        public string? TaxCode { get; set; }

        public string? Address { get; set; }

        public string? ContactPerson { get; set; }

        public string? Phone { get; set; }
    }
}
