using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Trade;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>A verified business buyer's requests for quotation, and a new one, as POST /api/v1/rfqs makes it.</summary>
[Authorize]
internal sealed class RfqsModel(ISender sender, IStringLocalizer<OrderingText> text, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RfqView> Requests { get; private set; } = [];

    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    public IReadOnlyList<StorefrontSummary> Cooperatives { get; private set; } = [];

    public bool IsBusinessBuyer => HttpContext.IsBusinessBuyer();

    [BindProperty]
    public RfqInput Input { get; set; } = new();

    public async Task OnGetAsync(ProductId? product, CancellationToken cancellationToken)
    {
        Input.ProductId = product;
        Input.DeliveryDate = Marketplace.SharedKernel.Vietnam.VietnamTime.Today(clock).AddDays(30);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new CreateRfqCommand(
                User.UserId(), User.Email(), IsBusinessBuyer, Input.ProductId, Input.CategoryId, Input.Quantity, Input.Unit,
                Input.DeliveryProvince ?? string.Empty,
                Input.DeliveryDate ?? default, Input.Note, Input.CooperativeId,
                RfqEndpoints.Code(Input.DestinationCountry), RfqEndpoints.Code(Input.Incoterm), Input.NamedPlace, Input.HsCode),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["rfq.sent", result.Value.Number, result.Value.Recipients.Count].Value;
            return Redirect($"/business/rfqs/{result.Value.RfqId}");
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Requests = await sender.Send(new ListMyRfqsQuery(User.UserId()), cancellationToken);
        Categories = await sender.Send(new ListCategoriesQuery(), cancellationToken);
        Cooperatives = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
    }

    internal sealed class RfqInput
    {
        public ProductId? ProductId { get; set; }

        public Guid? CategoryId { get; set; }

        public int Quantity { get; set; } = 1;

        public QuantityUnit Unit { get; set; } = QuantityUnit.Tan;

        public string? DeliveryProvince { get; set; }

        public DateOnly? DeliveryDate { get; set; }

        public string? Note { get; set; }

        public CooperativeId? CooperativeId { get; set; }

        public string DestinationCountry { get; set; } = Countries.Vietnam;

        public string? Incoterm { get; set; }

        public string? NamedPlace { get; set; }

        public string? HsCode { get; set; }
    }
}
