using System.Globalization;
using System.Security.Claims;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features.Returns;

/// <summary>Returns through the API: the shopper asks and answers, the cooperative decides, the admins settle disputes.</summary>
internal static class ReturnEndpoints
{
    public static void MapReturnEndpoints(this IEndpointRouteBuilder api)
    {
        var shopper = api.MapGroup("/").WithTags("Returns").RequireAuthorization(AuthorizationPolicies.Api);
        shopper.MapPost("/orders/{orderId:guid}/parts/{partId:guid}/returns", async (
                OrderId orderId, OrderPartId partId, ReturnRequestBody request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new RequestReturnCommand(
                        orderId, partId, user.UserId(), user.Email(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, request.Lines, request.Reason,
                        request.Details, request.Account),
                    cancellationToken))
                    .ToHttpResult(view => TypedResults.Created($"/api/v1/orders/{orderId}/returns", view)))
            .WithName("RequestReturn")
            .WithSummary("The shopper asks to send back delivered lines ({lines: [{sku, quantity}], reason: Damaged|WrongItem|NotAsDescribed|"
                + "Spoiled|Other, details, account: {bank, accountNumber, holder} for a part paid in cash}) within the cooperative's days; "
                + "photos are sent from the order page.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        shopper.MapGet("/orders/{orderId:guid}/returns", async Task<Ok<IReadOnlyList<ReturnView>>> (
                OrderId orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListOrderReturnsQuery(orderId, user.UserId()), cancellationToken)))
            .WithName("ListOrderReturns");
        shopper.MapPost("/returns/{returnId:guid}/take-offer", async (
                Guid returnId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new AnswerReturnCommand(returnId, user.UserId(), TakeOffer: true), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("TakeReturnOffer")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        shopper.MapPost("/returns/{returnId:guid}/dispute", async (
                Guid returnId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new AnswerReturnCommand(returnId, user.UserId(), TakeOffer: false), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("DisputeReturn")
            .WithSummary("The shopper asks the alliance to decide an offer or a refusal they do not accept.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        shopper.MapGet("/returns/{returnId:guid}/photos/{index:int}", async (
                Guid returnId, int index, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetReturnPhotoQuery(returnId, index, user.UserId(), user.IsInRole(Roles.AllianceAdmin)), cancellationToken))
                    .ToHttpResult(photo => TypedResults.File(photo.Content, photo.ContentType)))
            .WithName("GetReturnPhoto")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var cooperative = api.MapGroup("/cooperatives").WithTags("Returns").RequireAuthorization(AuthorizationPolicies.Api);
        cooperative.MapGet("/{cooperativeId:guid}/returns", async (
                CooperativeId cooperativeId, ReturnStatus? status, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListVendorReturnsQuery(cooperativeId, user.UserId(), status), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListVendorReturns")
            .WithSummary("The cooperative's returns (those to answer first) and its return policy.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapPost("/returns/{returnId:guid}/{decision}", async (
                Guid returnId, ReturnDecision decision, DecisionBody? request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new DecideReturnCommand(returnId, user.UserId(), user.Email(), decision, request?.AmountVnd, request?.Note, request?.Restock ?? false),
                    cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("DecideReturn")
            .WithSummary("Accept (restock: the goods came back fit to sell), Offer (amountVnd below what was asked, note) or Refuse (note) a return.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cooperative.MapPut("/{cooperativeId:guid}/return-policy", async (
                CooperativeId cooperativeId, PolicyBody request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new SetReturnPolicyCommand(cooperativeId, user.UserId(), request.Days, request.RefundsDelivery), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("SetReturnPolicy")
            .WithSummary("The owners set within how many days of delivery goods may be sent back (0: none) and whether the delivery fee goes back.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = api.MapGroup("/admin/returns").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapGet("/", async Task<Ok<IReadOnlyList<ReturnView>>> (ReturnStatus? status, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListAdminReturnsQuery(status), cancellationToken)))
            .WithName("ListAdminReturns")
            .WithSummary("Returns of every cooperative in one status, oldest first; with no status, those waiting for the alliance "
                + "(disputed, a transfer to make, a refund that failed or is late).");
        admin.MapPost("/{returnId:guid}/transferred", async (Guid returnId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RecordReturnTransferCommand(returnId, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("RecordReturnTransfer")
            .WithSummary("Records that the alliance transferred an agreed refund to the shopper's account (a part not paid by card); Payments books it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{returnId:guid}/retry-refund", async (Guid returnId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RetryReturnRefundCommand(returnId, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("RetryReturnRefund")
            .WithSummary("Has Payments try an agreed refund that the provider refused again, under a new key (the refused one made nothing).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{returnId:guid}/settle", async (
                Guid returnId, SettleBody request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new SettleReturnCommand(returnId, user.Email(), request.AmountVnd, request.Note), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("SettleReturn")
            .WithSummary("Settles a disputed return at an amount from 0 to what was asked, with the reason both sides read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record ReturnRequestBody(
        IReadOnlyList<ReturnLineInput>? Lines, ReturnReason? Reason, string? Details = null, RefundAccount? Account = null);

    internal sealed record DecisionBody(long? AmountVnd = null, string? Note = null, bool Restock = false);

    internal sealed record PolicyBody(int Days, bool RefundsDelivery = false);

    internal sealed record SettleBody(long AmountVnd, string? Note = null);
}
