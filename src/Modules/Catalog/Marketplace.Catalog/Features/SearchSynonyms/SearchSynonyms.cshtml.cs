using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.SearchSynonyms;

/// <summary>The admins keep the words search treats as one ("chè, trà").</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class SearchSynonymsModel(ISender sender, IStringLocalizer<CatalogText> text) : PageModel
{
    public IReadOnlyList<SearchSynonymView> Synonyms { get; private set; } = [];

    /// <summary>What the admin typed in the new group's box, kept when it is refused.</summary>
    public string? NewTerms { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Synonyms = await sender.Send(new ListSearchSynonymsQuery(), cancellationToken);

    public Task<IActionResult> OnPostAddAsync(string? terms, CancellationToken cancellationToken)
    {
        NewTerms = terms;
        return SendAsync(new SaveSearchSynonymCommand(null, terms ?? string.Empty, User.Email()), "synonyms.saved", cancellationToken);
    }

    public Task<IActionResult> OnPostChangeAsync(Guid synonymId, string? terms, CancellationToken cancellationToken) =>
        SendAsync(new SaveSearchSynonymCommand(synonymId, terms ?? string.Empty, User.Email()), "synonyms.saved", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(Guid synonymId, CancellationToken cancellationToken) =>
        SendAsync(new DeleteSearchSynonymCommand(synonymId, User.Email()), "synonyms.deleted", cancellationToken);

    private async Task<IActionResult> SendAsync<T>(ICommand<Result<T>> command, string saved, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[saved].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
