using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>A request sent to the cooperative: its quote (and revisions), a decline, and its conversation with the buyer.</summary>
[Authorize]
internal sealed class VendorRfqModel(ISender sender, IStringLocalizer<OrderingText> text, TimeProvider clock) : PageModel
{
    public CooperativeId Id { get; private set; }

    public RfqView? Rfq { get; private set; }

    [BindProperty]
    public QuoteInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CooperativeId id, Guid rfqId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, rfqId, cancellationToken))
        {
            return NotFound();
        }

        var quote = Rfq!.Quotes.SingleOrDefault(q => q.Status != QuoteStatus.Declined);
        Input = quote is null
            ? new QuoteInput { Quantity = Rfq.Quantity, ValidUntil = clock.Today().AddDays(14), LeadTimeDays = 7 }
            : new QuoteInput
            {
                Quantity = quote.Quantity,
                UnitPriceVnd = quote.UnitPrice.Amount,
                ValidUntil = quote.ValidUntil,
                LeadTimeDays = quote.LeadTimeDays ?? 7,
                Note = quote.Note,
                Sku = quote.Sku,
                MinimumLot = quote.MinimumLot,
            };
        return Page();
    }

    public Task<IActionResult> OnPostQuoteAsync(CooperativeId id, Guid rfqId, CancellationToken cancellationToken) =>
        SendAsync(
            id,
            rfqId,
            new SubmitQuoteCommand(
                rfqId, id, User.UserId(), Input.Quantity, Input.UnitPriceVnd, Input.ValidUntil ?? default, Input.LeadTimeDays, Input.Note, Input.Sku,
                    Input.MinimumLot),
            "rfq.quoted",
            cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(CooperativeId id, Guid rfqId, string? reason, CancellationToken cancellationToken) =>
        SendAsync(id, rfqId, new DeclineRfqCommand(rfqId, id, User.UserId(), reason), "rfq.declined", cancellationToken);

    public Task<IActionResult> OnPostMessageAsync(
        CooperativeId id, Guid rfqId, [FromForm(Name = "text")] string? message, CancellationToken cancellationToken) =>
        SendAsync(id, rfqId, new PostRfqMessageCommand(rfqId, id, User.UserId(), User.Email(), AsBuyer: false, message ?? string.Empty), "rfq.posted",
            cancellationToken);

    private async Task<IActionResult> SendAsync(
        CooperativeId id, Guid rfqId, ICommand<Result<RfqView>> command, string done, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, rfqId, cancellationToken) ? Page() : NotFound();
        }

        var result = await sender.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[done].Value;
            return Redirect($"/cooperatives/{id}/rfqs/{rfqId}");
        }

        if (result.Error!.Type == ErrorType.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, nameof(Input));
        return await LoadAsync(id, rfqId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CooperativeId id, Guid rfqId, CancellationToken cancellationToken)
    {
        Id = id;
        var rfq = await sender.Send(new GetVendorRfqQuery(rfqId, id, User.UserId()), cancellationToken);
        Rfq = rfq.IsSuccess ? rfq.Value : null;
        return rfq.IsSuccess;
    }

    internal sealed class QuoteInput
    {
        public int Quantity { get; set; }

        [VndAmount]
        public long UnitPriceVnd { get; set; }

        public DateOnly? ValidUntil { get; set; }

        public int LeadTimeDays { get; set; }

        public string? Note { get; set; }

        public string? Sku { get; set; }

        public int? MinimumLot { get; set; }
    }
}
