using System.Security.Claims;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features.PlaceOrder;

/// <summary>Checkout for programs (bearer token): the same command the checkout page sends.</summary>
internal static class PlaceOrderEndpoint
{
    public static void MapPlaceOrder(this IEndpointRouteBuilder orders)
    {
        orders.MapPost("/", async (
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                CheckoutRequest request,
                ClaimsPrincipal user,
                ISender sender,
                CancellationToken cancellationToken) =>
                (await sender.Send(
                    new PlaceOrderCommand(
                        CartOwner.Person(user.UserId()), user.UserId(), user.Email(), idempotencyKey ?? string.Empty,
                        request.Delivery(),
                        request.Note, request.PaymentMethod ?? PaymentMethod.CashOnDelivery,
                        Cultures.Current,
                        user.IsInRole(Roles.BulkBuyer),
                        request.PurchaseOrderNumber,
                        request.ExpectedTotal),
                    cancellationToken))
                    .ToHttpResult(order => TypedResults.Created($"/api/v1/orders/{order.OrderId}", order)))
            .RequireRateLimiting(RateLimitPolicies.Checkout)
            .WithName("PlaceOrder")
            .WithSummary("Checks the cart out: one order, one part per cooperative, stock taken for every line or none. "
                + "Send an Idempotency-Key header: a retry with the same key returns the same order. Delivery is quoted to the address's "
                + "province; send expectedTotal (đồng), the total you showed, and an order that would cost otherwise is refused (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record CheckoutRequest(
        string? Recipient = null,
        string? Phone = null,
        string? Province = null,
        string? Commune = null,
        string? Street = null,
        string? Note = null,
        PaymentMethod? PaymentMethod = null,
        string? PurchaseOrderNumber = null,
        long? ExpectedTotal = null)
    {
        public DeliveryAddress Delivery() =>
            new(Recipient ?? string.Empty, Phone ?? string.Empty, Province ?? string.Empty, Commune ?? string.Empty, Street ?? string.Empty);
    }
}
