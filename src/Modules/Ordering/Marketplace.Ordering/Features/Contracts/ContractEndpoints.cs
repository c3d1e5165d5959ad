using System.Security.Claims;
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

namespace Marketplace.Ordering.Features.Contracts;

internal static class ContractEndpoints
{
    private static readonly TermsInput NoTerms = new(0, null, null, 0, 0, null, 0);

    public static void MapContractEndpoints(this IEndpointRouteBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Supply contracts").RequireAuthorization(AuthorizationPolicies.Api);
        contracts.MapPost("/", async (ProposeRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new ProposeContractCommand(
                        user.UserId(), user.Email(), Cultures.Current, request.VariantId, request.Terms ?? NoTerms, request.Delivery(), request.Note,
                        request.RfqId),
                    cancellationToken))
                    .ToHttpResult(c => TypedResults.Created($"/api/v1/contracts/{c.ContractId}", c)))
            .WithName("ProposeContract")
            .WithSummary("A buyer proposes a guaranteed-purchase contract on a variant: terms {quantityPerDelivery, cadence (Weekly or "
                + "Monthly), firstDeliveryOn, deliveries (1-60), priceVnd per unit, payment (Prepaid or OnDelivery), noticeDays, and for a price that "
                + "follows the market priceFloorVnd and priceCeilingVnd, within which the cooperative prices each delivery} and where "
                + "the deliveries go (recipient, phone, province, commune, street). The cooperative accepts, counters or declines. "
                + "With rfqId, from a quote the variant's cooperative gave on the buyer's request for quotation (still standing, or accepted).")
            .ProducesValidationProblem();
        contracts.MapGet("/", async Task<Ok<IReadOnlyList<ContractView>>> (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMyContractsQuery(user.UserId()), cancellationToken)))
            .WithName("ListMyContracts");
        contracts.MapGet("/{contractId:guid}", async (Guid contractId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetContractQuery(contractId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetContract")
            .WithSummary("A contract with its offers and its deliveries, each with how it went (upcoming, ordered, ontime, late, overdue, "
                + "missed, skipped, cancelled): for its buyer or its cooperative's people.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        contracts.MapPost("/{contractId:guid}/{answer:regex(^(accept|counter|decline)$)}", async (
                Guid contractId, string answer, AnswerRequest? request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new AnswerContractCommand(contractId, user.UserId(), Enum.Parse<ContractAnswer>(answer, ignoreCase: true), request?.Terms, request?.Note),
                    cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("AnswerContract")
            .WithSummary("The side the last offer waits for accepts it (the deliveries are scheduled), counters with terms, or declines; "
                + "the other side is answered 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        contracts.MapPost("/{contractId:guid}/{change:regex(^(pause|resume|end)$)}", async (
                Guid contractId, string change, ChangeRequest? request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new ChangeContractCommand(contractId, user.UserId(), Enum.Parse<ContractChange>(change, ignoreCase: true), request?.Reason),
                    cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ChangeContract")
            .WithSummary("Either side pauses a running contract (the deliveries due meanwhile are skipped), resumes it, or ends it with a "
                + "reason: the deliveries due within the notice in its terms still come, the later ones are cancelled.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        contracts.MapPut("/{contractId:guid}/deliveries/{sequence:int}/price", async (
                Guid contractId, int sequence, DeliveryPriceRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new PriceContractDeliveryCommand(contractId, user.UserId(), sequence, request.PriceVnd), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("PriceContractDelivery")
            .WithSummary("The cooperative prices a delivery still to be ordered within the contract's band (priceFloorVnd to priceCeilingVnd "
                + "in its terms); a delivery it does not price is ordered at the terms' priceVnd.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/cooperatives/{cooperativeId:guid}/contracts", async (
                CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListCooperativeContractsQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithTags("Supply contracts")
            .WithName("ListCooperativeContracts")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record DeliveryPriceRequest(long PriceVnd);

    internal sealed record ProposeRequest(
        VariantId? VariantId,
        TermsInput? Terms,
        string? Recipient = null,
        string? Phone = null,
        string? Province = null,
        string? Commune = null,
        string? Street = null,
        string? Note = null,
        Guid? RfqId = null)
    {
        public Ordering.Contracts.DeliveryAddress Delivery() => new PlaceOrderEndpoint.CheckoutRequest(Recipient, Phone, Province, Commune, Street).Delivery();
    }

    internal sealed record AnswerRequest(TermsInput? Terms = null, string? Note = null);

    internal sealed record ChangeRequest(string? Reason = null);
}
