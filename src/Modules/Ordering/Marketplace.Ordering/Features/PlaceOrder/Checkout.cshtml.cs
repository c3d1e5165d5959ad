using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Ordering.Features.Orders;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.PlaceOrder;

/// <summary>
/// Checkout: the same command as POST /api/v1/orders. The form carries a key made when it was
/// shown, so a double click or a resent form makes one order.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimitPolicies.Checkout)]
internal sealed class CheckoutModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public CartView? Cart { get; private set; }

    /// <summary>The province delivery is quoted to (null: the farthest region, no address yet).</summary>
    public string? QuotedTo { get; private set; }

    public bool IsBusinessBuyer => HttpContext.IsBusinessBuyer();

    /// <summary>Cards are offered only when Stripe is configured.</summary>
    public bool CardsEnabled { get; private set; }

    /// <summary>MoMo is offered only when its partner keys are configured.</summary>
    public bool MoMoEnabled { get; private set; }

    /// <summary>ZaloPay is offered only when its app's keys are configured.</summary>
    public bool ZaloPayEnabled { get; private set; }

    /// <summary>VNPay is offered only when its terminal's code and secret are configured.</summary>
    public bool VnPayEnabled { get; private set; }

    [BindProperty]
    public string IdempotencyKey { get; set; } = string.Empty;

    [BindProperty]
    public CheckoutInput Input { get; set; } = new();

    public async Task OnGetAsync(string? province, CancellationToken cancellationToken)
    {
        IdempotencyKey = Guid.NewGuid().ToString();
        Input.Recipient = User.Identity?.Name;
        if (await sender.Send(new GetLastDeliveryQuery(User.UserId()), cancellationToken) is { } last)
        {
            (Input.Recipient, Input.Phone, Input.Province, Input.Commune, Input.Street) =
                (last.Recipient, last.Phone, last.Province, last.Commune, last.Street);
        }

        if (Provinces.Contains(province) && province != Input.Province)
        {
            // Another province than the last order's: its commune and street are not this one's.
            (Input.Province, Input.Commune, Input.Street) = (province, null, null);
        }

        Input.Province = Provinces.Contains(Input.Province) ? Input.Province : null;
        await LoadAsync(cancellationToken);
    }

    /// <summary>The summary alone, delivery quoted to another province: what site.js swaps in when the province changes.</summary>
    public async Task<IActionResult> OnGetSummaryAsync(string? province, string? commune, CancellationToken cancellationToken)
    {
        Input.Province = Provinces.Contains(province) ? province : null;
        Input.Commune = commune?.Trim() is { Length: > 0 and <= 100 } known ? known : null;
        await LoadCartAsync(cancellationToken);
        return Partial("_CheckoutSummary", new CheckoutSummary(Cart!, QuotedTo));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var owner = await CartOwners.ForAsync(HttpContext, sender, cancellationToken);
        var result = await sender.Send(
            new PlaceOrderCommand(
                owner, User.UserId(), User.Email(), IdempotencyKey,
                Input.Delivery(),
                Input.Note, Input.PaymentMethod, Cultures.Current, HttpContext.IsBusinessBuyer(), Input.PurchaseOrderNumber, Input.ExpectedTotalVnd),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["checkout.placed", result.Value.Number].Value;
            return Redirect(result.Value.PaymentMethod.ThroughGateway() ? $"/orders/{result.Value.OrderId}/pay" : $"/orders/{result.Value.OrderId}");
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadCartAsync(cancellationToken);
        var options = await sender.Send(new GetPaymentOptionsQuery(), cancellationToken);
        CardsEnabled = options.CardsEnabled;
        MoMoEnabled = options.MoMoEnabled;
        ZaloPayEnabled = options.ZaloPayEnabled;
        VnPayEnabled = options.VnPayEnabled;
    }

    /// <summary>The cart priced, delivery quoted to the form's province (the farthest region when it has none).</summary>
    private async Task LoadCartAsync(CancellationToken cancellationToken)
    {
        var to = Provinces.Contains(Input.Province) ? new Destination(Input.Province!, Input.Commune) : null;
        QuotedTo = to?.Province;
        Cart = await sender.Send(
            new GetCartQuery(await CartOwners.ForAsync(HttpContext, sender, cancellationToken), HttpContext.IsBusinessBuyer(), to), cancellationToken);
    }

    /// <summary>The summary of the order as it would be placed, and the province its delivery is quoted to.</summary>
    internal sealed record CheckoutSummary(CartView Cart, string? QuotedTo);

    /// <summary>A business buyer's order may carry its own purchase order number; every order, the total its buyer saw.</summary>
    internal sealed class CheckoutInput : DeliveryInput
    {
        public string? PurchaseOrderNumber { get; set; }

        public long? ExpectedTotalVnd { get; set; }
    }
}
