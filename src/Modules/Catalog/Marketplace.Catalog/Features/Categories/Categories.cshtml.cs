using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.Categories;

/// <summary>The admins keep the category tree (three levels at most).</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class CategoriesModel(ISender sender, IStringLocalizer<CatalogText> text) : PageModel
{
    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    public IReadOnlyList<CategoryProposalView> Proposals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Categories = await sender.Send(new ListCategoriesQuery(), cancellationToken);
        Proposals = await sender.Send(new ListCategoryProposalsQuery(), cancellationToken);
    }

    public Task<IActionResult> OnPostAcceptAsync(
        Guid proposalId, string? name, string? nameEnglish, Guid? parentId, CancellationToken cancellationToken) =>
        DecideAsync(new DecideCategoryProposalCommand(proposalId, true, name, nameEnglish, parentId, null, User.Email()), cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid proposalId, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(new DecideCategoryProposalCommand(proposalId, false, null, null, null, reason, User.Email()), cancellationToken);

    private async Task<IActionResult> DecideAsync(DecideCategoryProposalCommand command, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[command.Accept ? "proposals.accepted" : "proposals.declined", result.Value.Name].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostCreateAsync(Guid? parentId, string? name, string? nameEnglish, CancellationToken cancellationToken) =>
        SendAsync(new CreateCategoryCommand(parentId, name ?? string.Empty, nameEnglish ?? string.Empty, User.Email()), cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(Guid categoryId, string? name, string? nameEnglish, CancellationToken cancellationToken) =>
        SendAsync(new RenameCategoryCommand(categoryId, name ?? string.Empty, nameEnglish ?? string.Empty, User.Email()), cancellationToken);

    private async Task<IActionResult> SendAsync(ICommand<Result<CategoryView>> command, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["categories.saved", result.Value.Name].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
