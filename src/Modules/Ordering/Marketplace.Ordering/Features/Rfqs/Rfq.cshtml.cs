using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>One request: the cooperatives' quotes side by side, a conversation with each, and the acceptance of one quote or a combination.</summary>
[Authorize]
internal sealed class RfqModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public RfqView? Rfq { get; private set; }

    public bool CardsEnabled { get; private set; }

    [BindProperty]
    public AcceptInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Province = Rfq!.DeliveryProvince;
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken)
    {
        var quotes = Input.Chosen
            .Select(q => new AcceptedQuote(q, Input.Quantities.TryGetValue(q, out var quantity) && quantity > 0 ? quantity : null))
            .ToList();
        var result = await sender.Send(
            new AcceptQuotesCommand(
                id, User.UserId(), quotes, Input.PaymentMethod, Input.PurchaseOrderNumber,
                new DeliveryAddress(
                    Input.Recipient ?? string.Empty,
                    Input.Phone ?? string.Empty,
                    Input.Province ?? string.Empty,
                    Input.Commune ?? string.Empty,
                    Input.Street ?? string.Empty),
                Cultures.Current),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["rfq.accepted", result.Value.Number].Value;
            return Redirect($"/orders/{result.Value.OrderId}");
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMessageAsync(
        Guid id, CooperativeId cooperativeId, [FromForm(Name = "text")] string? message, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PostRfqMessageCommand(id, cooperativeId, User.UserId(), User.Email(), AsBuyer: true,
            message ?? string.Empty), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/business/rfqs/{id}#thread-{cooperativeId}");
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var rfq = await sender.Send(new GetRfqQuery(id, User.UserId()), cancellationToken);
        Rfq = rfq.IsSuccess ? rfq.Value : null;
        CardsEnabled = (await sender.Send(new GetPaymentOptionsQuery(), cancellationToken)).CardsEnabled;
        return rfq.IsSuccess;
    }

    internal sealed class AcceptInput
    {
        public List<Guid> Chosen { get; set; } = [];

        /// <summary>How much of each chosen quote to take; the whole quote when left empty.</summary>
        public Dictionary<Guid, int> Quantities { get; set; } = [];

        public PaymentMethod PaymentMethod { get; set; } = PaymentMethod.BankTransfer;

        public string? PurchaseOrderNumber { get; set; }

        public string? Recipient { get; set; }

        public string? Phone { get; set; }

        public string? Province { get; set; }

        public string? Commune { get; set; }

        public string? Street { get; set; }
    }
}
