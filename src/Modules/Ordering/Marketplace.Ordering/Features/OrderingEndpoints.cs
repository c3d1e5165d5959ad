using System.Security.Claims;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Ordering.Features.Invoices;
using Marketplace.Ordering.Features.OrderReports;
using Marketplace.Ordering.Features.Orders;
using Marketplace.Ordering.Features.OrdersDesk;
using Marketplace.Ordering.Features.PlaceOrder;
using Marketplace.Ordering.Features.Preorders;
using Marketplace.Ordering.Features.Vouchers;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features;

/// <summary>Cart, checkout, a shopper's orders and a cooperative's fulfilment, for programs (bearer token).</summary>
internal static class OrderingEndpoints
{
    public static void MapOrderingEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapOrdersDesk();
        api.MapOrderReports();
        api.MapPreorders();
        api.MapVouchers();
        var cart = api.MapGroup("/cart").WithTags("Cart").RequireAuthorization(AuthorizationPolicies.Api);
        cart.MapGet("/", async Task<Ok<CartView>> (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetCartQuery(CartOwner.Person(user.UserId()), user.IsInRole(Roles.BulkBuyer)), cancellationToken)))
            .WithName("GetCart")
            .WithSummary("The caller's cart grouped by cooperative, priced now by the catalog, with each cooperative's delivery fee.");
        cart.MapPost("/lines", async (CartLineRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SetCartLineCommand(CartOwner.Person(user.UserId()), request.VariantId, request.Quantity, Add: true, user.IsInRole(Roles.BulkBuyer)),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("AddToCart")
            .WithSummary("Adds a quantity of a variant; any price sent is ignored.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cart.MapPut("/lines/{variantId:guid}", async (
                VariantId variantId, CartLineRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SetCartLineCommand(CartOwner.Person(user.UserId()), variantId, request.Quantity, Add: false, user.IsInRole(Roles.BulkBuyer)),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("SetCartLine")
            .WithSummary("Sets a line's quantity; 0 removes it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        cart.MapPost("/preorders", async (CartPreorderRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SetCartPreorderCommand(CartOwner.Person(user.UserId()), request.WindowId, request.Quantity, Add: true, user.IsInRole(Roles.BulkBuyer)),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("AddPreorderToCart")
            .WithSummary("Adds units of an open pre-order window to the cart; nothing is held until the cart's pre-orders are reserved. "
                + "A window not open today is a 409, more than is left a 409 naming what is left.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cart.MapPut("/preorders/{windowId:guid}", async (
                Guid windowId, CartPreorderRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SetCartPreorderCommand(CartOwner.Person(user.UserId()), windowId, request.Quantity, Add: false, user.IsInRole(Roles.BulkBuyer)),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("SetCartPreorder")
            .WithSummary("Sets the units of a pre-order in the cart; 0 takes it out.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cart.MapPost("/preorders/reserve", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ReserveCartCommand(CartOwner.Person(user.UserId()), user.UserId(), user.Email(), Cultures.Current), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ReserveCart")
            .WithSummary("Reserves each pre-order in the cart, each with its own deposit reference (pay by transfer or VietQR from "
                + "/api/v1/reservations). Those refused stay in the cart and are listed with the reason; none reserved is a 409.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        var orders = api.MapGroup("/orders").WithTags("Orders").RequireAuthorization(AuthorizationPolicies.Api);
        orders.MapPlaceOrder();
        orders.MapGet("/", async Task<Ok<IReadOnlyList<OrderView>>> (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMyOrdersQuery(user.UserId()), cancellationToken)))
            .WithName("ListMyOrders");
        orders.MapGet("/{orderId:guid}", async (OrderId orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetOrderQuery(orderId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetOrder")
            .ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapGet("/{orderId:guid}/parts/{partId:guid}/invoice.pdf", async (
                OrderId orderId, OrderPartId partId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetInvoiceQuery(orderId, partId, user.UserId()), cancellationToken))
                    .ToHttpResult(invoice => TypedResults.File(invoice.Pdf, "application/pdf", invoice.FileName)))
            .WithName("GetInvoice")
            .WithSummary("The PDF invoice of a cooperative's part: seller and buyer with tax codes, lines, VAT, "
                + "the total in figures and in Vietnamese words, the PO number and the payment reference.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapPost("/{orderId:guid}/parts/{partId:guid}/cancel", async (
                OrderId orderId, OrderPartId partId, ReasonRequest? request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new CancelPartByShopperCommand(orderId, partId, user.UserId(), request?.Reason), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("CancelOrderPart")
            .WithSummary("The shopper cancels a part its cooperative has not confirmed yet (409 after).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var fulfilment = api.MapGroup("/cooperatives").WithTags("Fulfilment").RequireAuthorization(AuthorizationPolicies.Api);
        fulfilment.MapGet("/{cooperativeId:guid}/order-parts", async (
                CooperativeId cooperativeId, PartStatus? status, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListVendorPartsQuery(cooperativeId, user.UserId(), status), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListVendorOrderParts")
            .WithSummary("The cooperative's parts of orders, newest first; "
                + "?status=Placed|Confirmed|Packed|Shipped|Delivered|Cancelled|DeliveryFailed|Returning|Returned.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        fulfilment.MapPost("/order-parts/{partId:guid}/{action}", async (
                OrderPartId partId, FulfilmentAction action, FulfilmentRequest? request, ClaimsPrincipal user, ISender sender,
                CancellationToken cancellationToken) =>
                (await sender.Send(
                    new FulfilPartCommand(
                        partId, user.UserId(), action, request?.Carrier, request?.TrackingNumber, request?.Reason, request?.CashCollectedVnd, request?.Lots,
                        request?.ReturnFeeVnd),
                    cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("FulfilOrderPart")
            .WithSummary("Confirm, Pack, Ship (carrier and trackingNumber; lots: [{sku, lotCode, quantity}], the lots each line leaves from, "
                + "the oldest lot that may ship for a line left out), Deliver (cashCollectedVnd: the cash taken at the door, "
                + "all that was due when left out; less needs a reason) or Cancel (reason) a part; once shipped, FailAttempt (reason: "
                + "the carrier could not hand it over), ReturnToSender (reason) and ReceiveReturn (returnFeeVnd: the carrier's fee "
                + "for bringing it back; its stock goes back on sale); a step its state does not allow is 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record CartLineRequest(VariantId VariantId, int Quantity);

    internal sealed record CartPreorderRequest(Guid WindowId, int Quantity);

    internal sealed record ReasonRequest(string? Reason = null);

    internal sealed record FulfilmentRequest(
        string? Carrier = null,
        string? TrackingNumber = null,
        string? Reason = null,
        long? CashCollectedVnd = null,
        IReadOnlyList<LotPick>? Lots = null,
        long? ReturnFeeVnd = null);
}
