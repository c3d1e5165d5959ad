using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Contracts;

/// <summary>
/// One contract, for either side: the terms, the offers made, the deliveries and how each went,
/// and what this side may do now (answer the other's offer, pause, resume, end).
/// </summary>
[Authorize]
internal sealed class ContractModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public ContractView? Contract { get; private set; }

    /// <summary>The reader is one of the cooperative's people (else the buyer).</summary>
    public bool Cooperative { get; private set; }

    [BindProperty]
    public TermsForm Terms { get; set; } = new();

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public bool MyTurn => Contract?.Awaiting == (Cooperative ? "cooperative" : "buyer");

    public async Task<IActionResult> OnGetAsync(Guid contractId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(contractId, cancellationToken))
        {
            return NotFound();
        }

        Terms = TermsForm.From(Contract!.Terms);
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid contractId, ContractAnswer? answer, CancellationToken cancellationToken)
    {
        if (answer is null)
        {
            return BadRequest();
        }

        var result = await sender.Send(
            new AnswerContractCommand(contractId, User.UserId(), answer.Value, answer == ContractAnswer.Counter ? Terms.ToInput() : null, Note),
            cancellationToken);
        return await DoneAsync(contractId, result, "contract.answered." + answer, cancellationToken);
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid contractId, ContractChange? change, CancellationToken cancellationToken)
    {
        if (change is null)
        {
            return BadRequest();
        }

        var result = await sender.Send(new ChangeContractCommand(contractId, User.UserId(), change.Value, Reason), cancellationToken);
        return await DoneAsync(contractId, result, "contract.changed." + change, cancellationToken);
    }

    /// <summary>The cooperative prices an upcoming delivery within the band.</summary>
    public async Task<IActionResult> OnPostPriceAsync(Guid contractId, int sequence, long? priceVnd, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PriceContractDeliveryCommand(contractId, User.UserId(), sequence, priceVnd ?? 0), cancellationToken);
        return await DoneAsync(contractId, result, "contract.priced", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(
        Guid contractId, Marketplace.SharedKernel.Results.Result<ContractView> result, string done, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[done, result.Value.Number].Value;
            return Redirect($"/contracts/{contractId}");
        }

        ModelState.AddErrors(result.Error!, string.Empty); // Terms.… and Reason, as the forms name them
        return await LoadAsync(contractId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await sender.Send(new GetContractQuery(contractId, User.UserId()), cancellationToken);
        if (!contract.IsSuccess)
        {
            return false;
        }

        Contract = contract.Value;
        Cooperative = await sender.Send(new GetVendorStaffRoleQuery(Contract.CooperativeId, User.UserId()), cancellationToken) is not null
            && !string.Equals(Contract.BuyerEmail, User.Email(), StringComparison.OrdinalIgnoreCase);
        return true;
    }
}
