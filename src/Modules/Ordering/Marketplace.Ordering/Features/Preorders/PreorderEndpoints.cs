using System.Security.Claims;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.PlaceOrder;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features.Preorders;

internal static class PreorderEndpoints
{
    public static void MapPreorders(this IEndpointRouteBuilder api)
    {
        api.MapGet("/preorders", async Task<Ok<IReadOnlyList<PreorderWindowView>>> (
                ProductId? productId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListOpenPreordersQuery(productId), cancellationToken)))
            .WithName("ListPreorders")
            .WithSummary("Pre-order windows coming or open, soonest harvest first (of one product with productId): public.")
            .WithTags("Pre-orders");
        api.MapGet("/preorders/{windowId:guid}", async (Guid windowId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPreorderQuery(windowId), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetPreorder")
            .WithSummary("One window whatever its phase, with what is left to reserve: public.")
            .WithTags("Pre-orders")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var buyer = api.MapGroup("/").WithTags("Pre-orders").RequireAuthorization(AuthorizationPolicies.Api);
        buyer.MapPost("/preorders/{windowId:guid}/reservations", async (
                Guid windowId, ReserveRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new ReserveCommand(windowId, user.UserId(), user.Email(), Cultures.Current, request.Quantity, request.Waitlist),
                    cancellationToken))
                    .ToHttpResult(r => TypedResults.Created($"/api/v1/reservations/{r.ReservationId}", r)))
            .WithName("Reserve")
            .WithSummary("Reserves units of a window between its dates. Fewer left than asked is a 409 naming what is left, "
                + "unless waitlist: true puts the reservation on the waiting list, served if the harvest is larger than what is held.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        buyer.MapPost("/preorders/{windowId:guid}/alert", async (Guid windowId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new AskPreorderAlertCommand(windowId, user.UserId(), user.Email(), Cultures.Current), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("AskPreorderAlert")
            .WithSummary("Notify me: mails the buyer once when a coming window opens for reservations (409 when it is open already).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        buyer.MapDelete("/preorders/{windowId:guid}/alert", async (Guid windowId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new DropPreorderAlertCommand(windowId, user.UserId()), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithName("DropPreorderAlert");
        buyer.MapGet("/reservations", async Task<Ok<IReadOnlyList<ReservationView>>> (
                ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMyReservationsQuery(user.UserId()), cancellationToken)))
            .WithName("ListMyReservations");
        buyer.MapPost("/reservations/{reservationId:guid}/order", async (
                Guid reservationId, PlaceOrderEndpoint.CheckoutRequest request, ClaimsPrincipal user, ISender sender,
                CancellationToken cancellationToken) =>
                (await sender.Send(
                    new OrderReservationCommand(
                        reservationId, user.UserId(), request.Delivery(), request.PaymentMethod ?? PaymentMethod.BankTransfer, request.Note,
                        Cultures.Current),
                    cancellationToken))
                    .ToHttpResult(order => TypedResults.Created($"/api/v1/orders/{order.OrderId}", order)))
            .WithName("OrderReservation")
            .WithSummary("After the harvest, orders the units confirmed: where they go and how the balance is paid (BankTransfer, Card or "
                + "CashOnDelivery). The deposit received counts toward the order's total; asking again returns the same order.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        buyer.MapPost("/reservations/{reservationId:guid}/deposit/card", async (
                Guid reservationId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new PayDepositByCardCommand(reservationId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("PayDepositByCard")
            .WithSummary("A Stripe PaymentIntent for what a held reservation still owes of its deposit (the same intent for the same amount): "
                + "confirm it with Stripe.js and its client secret; Stripe's webhook counts it, or POST …/deposit/card/return at once.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        buyer.MapPost("/reservations/{reservationId:guid}/deposit/card/return", async (
                Guid reservationId, DepositCardReturnRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new DepositCardReturnCommand(reservationId, user.UserId(), request.PaymentIntentId ?? string.Empty), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("DepositCardReturn")
            .WithSummary("Asks Stripe how the deposit's intent ended and counts it if it succeeded (the webhook does the same; counted once).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        buyer.MapPost("/reservations/{reservationId:guid}/cancel", async (
                Guid reservationId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new CancelReservationCommand(reservationId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("CancelReservation")
            .WithSummary("Withdraws a reservation before the harvest; its units go back to the window (409 once settled).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var deposits = api.MapGroup("/admin/deposit-returns").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        deposits.MapGet("/", async Task<Ok<DepositReturnsPage>> (ISender sender, CancellationToken cancellationToken, int page = 1) =>
                TypedResults.Ok(await sender.Send(new ListDepositReturnsQuery(page), cancellationToken)))
            .WithName("ListDepositReturns")
            .WithSummary("Reservations owing some of their deposit back (cut, withdrawn, called off, overpaid), oldest first, 50 a page: how much, how much "
                + "of it can go back to the card it came by, and card returns Stripe has not confirmed yet.");
        deposits.MapPost("/{reservationId:guid}/{method:regex(^(card|transfer)$)}", async (
                Guid reservationId, string method, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new ReturnDepositCommand(reservationId, user.Email(), Enum.Parse<DepositReturnMethod>(method, ignoreCase: true)), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ReturnDeposit")
            .WithSummary("Returns what a reservation is owed back: card refunds, through Stripe, what came by card (once, whatever the retries; "
                + "a 503 leaves it pending, and asking again finishes it); transfer records that the alliance transferred all the rest. "
                + "Nothing owed is a 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var cooperative = api.MapGroup("/cooperatives/{cooperativeId:guid}/preorders").WithTags("Pre-orders")
            .RequireAuthorization(AuthorizationPolicies.Api);
        cooperative.MapPost("/", async (
                CooperativeId cooperativeId, OpenPreorderRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new OpenPreorderWindowCommand(
                        cooperativeId, user.UserId(), request.VariantId, request.LotCode ?? string.Empty, request.OpensOn ?? default,
                        request.ClosesOn ?? default, request.HarvestOn ?? default, request.Capacity, request.PriceVnd, request.DepositPercent,
                        request.Rule ?? string.Empty),
                    cancellationToken))
                    .ToHttpResult(w => TypedResults.Created($"/api/v1/cooperatives/{cooperativeId}/preorders/{w.WindowId}", w)))
            .WithName("OpenPreorderWindow")
            .WithSummary("Opens a pre-order window on one of the cooperative's variants: the harvest lot's code, opening, closing and "
                + "expected harvest dates (yyyy-MM-dd), capacity in the variant's unit, price per unit, deposit (0-100 % of the price) and "
                + "rule when the harvest falls short (FirstComeFirstServed or ProRata).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cooperative.MapGet("/", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListVendorPreordersQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListCooperativePreorders")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapGet("/{windowId:guid}", async (
                CooperativeId cooperativeId, Guid windowId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetVendorPreorderQuery(cooperativeId, windowId, user.UserId()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("GetCooperativePreorder")
            .WithSummary("A window with its reservations, earliest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapPost("/{windowId:guid}/harvest", async (
                CooperativeId cooperativeId, Guid windowId, HarvestRequest request, ClaimsPrincipal user, ISender sender,
                CancellationToken cancellationToken) =>
                (await sender.Send(new RecordHarvestCommand(cooperativeId, windowId, user.UserId(), request.Harvested), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("RecordHarvest")
            .WithSummary("Records what the harvest gave, in the variant's unit: the window closes and its reservations are confirmed or cut "
                + "by its rule (the waiting list served after, if the harvest is larger), and each buyer is mailed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cooperative.MapPost("/{windowId:guid}/cancel", async (
                CooperativeId cooperativeId, Guid windowId, ReasonRequest? request, ClaimsPrincipal user, ISender sender,
                CancellationToken cancellationToken) =>
                (await sender.Send(new CancelPreorderWindowCommand(cooperativeId, windowId, user.UserId(), request?.Reason ?? string.Empty), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("CancelPreorderWindow")
            .WithSummary("Calls the window off: every open reservation is cancelled, its deposit owed back, and its buyer mailed the reason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record ReserveRequest(int Quantity, bool Waitlist = false);

    internal sealed record DepositCardReturnRequest(string? PaymentIntentId);

    internal sealed record HarvestRequest(int Harvested);

    internal sealed record ReasonRequest(string? Reason = null);

    internal sealed record OpenPreorderRequest(
        VariantId? VariantId,
        string? LotCode,
        DateOnly? OpensOn,
        DateOnly? ClosesOn,
        DateOnly? HarvestOn,
        int Capacity,
        long PriceVnd,
        int DepositPercent,
        string? Rule);
}
