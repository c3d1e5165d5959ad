using System.Security.Claims;
using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>Requests for quotation for a buyer's purchasing system, and the cooperatives' answers.</summary>
internal static class RfqEndpoints
{
    public static void MapRfqEndpoints(this IEndpointRouteBuilder api)
    {
        var rfqs = api.MapGroup("/rfqs").WithTags("Requests for quotation").RequireAuthorization(AuthorizationPolicies.Api);
        rfqs.MapPost("/", async (RfqRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new CreateRfqCommand(
                        user.UserId(), user.Email(), user.IsInRole(Roles.BulkBuyer), request.ProductId, request.CategoryId, request.Quantity,
                        request.Unit ?? QuantityUnit.Kg,
                        request.DeliveryProvince ?? string.Empty, request.DeliveryDate ?? default, request.Note, request.CooperativeId,
                        Code(request.DestinationCountry), Code(request.Incoterm), request.NamedPlace, request.HsCode),
                    cancellationToken)).ToHttpResult(rfq => TypedResults.Created($"/api/v1/rfqs/{rfq.RfqId}", rfq)))
            .WithName("CreateRfq")
            .WithSummary("A verified business buyer asks for a quantity of a product or category "
                + "(e.g. {\"categoryId\": …, \"quantity\": 10, \"unit\": \"Tan\", \"deliveryProvince\": \"Hà Nội\", \"deliveryDate\": \"2026-12-20\"}), "
                + "of one cooperative (vendorId) or of every cooperative that sells it. From abroad: destinationCountry (ISO 3166, e.g. \"JP\"), "
                + "incoterm (Incoterms 2020: EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP) and namedPlace instead of deliveryProvince; "
                + "hsCode (6, 8 or 10 digits) on any request.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        rfqs.MapGet("/", async Task<Ok<IReadOnlyList<RfqView>>> (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMyRfqsQuery(user.UserId()), cancellationToken)))
            .WithName("ListMyRfqs");
        rfqs.MapGet("/{rfqId:guid}", async (Guid rfqId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetRfqQuery(rfqId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetRfq")
            .WithSummary("The request with every quote (status Offered, Declined, Accepted, or Expired once its day has passed) and conversation.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        rfqs.MapPost("/{rfqId:guid}/messages", async (
                Guid rfqId, MessageRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new PostRfqMessageCommand(rfqId, request.CooperativeId, user.UserId(), user.Email(), AsBuyer: true,
                        request.Text ?? string.Empty), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("PostRfqMessageAsBuyer")
            .WithSummary("A message to one of the cooperatives the request was sent to ({\"vendorId\": …, \"text\": …}).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        rfqs.MapPost("/{rfqId:guid}/accept", async (
                Guid rfqId, AcceptRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new AcceptQuotesCommand(
                        rfqId, user.UserId(), request.Quotes ?? [], request.PaymentMethod ?? PaymentMethod.BankTransfer, request.PurchaseOrderNumber,
                        new DeliveryAddress(
                            request.Recipient ?? string.Empty,
                            request.Phone ?? string.Empty,
                            request.Province ?? string.Empty,
                            request.Commune ?? string.Empty,
                            request.Street ?? string.Empty),
                        Cultures.Current),
                    cancellationToken)).ToHttpResult(order => TypedResults.Ok(order)))
            .WithName("AcceptQuotes")
            .WithSummary("Accepts one quote or several that together cover the quantity "
                + "({\"quotes\": [{\"quoteId\": …, \"quantity\": 6}], \"paymentMethod\": \"BankTransfer\", \"purchaseOrderNumber\": \"PO-2026-118\", …}): "
                + "one order, a part per cooperative at the quoted prices. An expired quote is 409; accepting again returns the same order.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var cooperative = api.MapGroup("/cooperatives/{cooperativeId:guid}/rfqs")
            .WithTags("Requests for quotation")
            .RequireAuthorization(AuthorizationPolicies.Api);
        cooperative.MapGet("/", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListVendorRfqsQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListCooperativeRfqs")
            .WithSummary("The requests sent to the cooperative, each with only its own quote and conversation.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapGet("/{rfqId:guid}", async (
                CooperativeId cooperativeId, Guid rfqId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetVendorRfqQuery(rfqId, cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetCooperativeRfq")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapPut("/{rfqId:guid}/quote", async (
                CooperativeId cooperativeId, Guid rfqId, QuoteRequestBody request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SubmitQuoteCommand(
                        rfqId, cooperativeId, user.UserId(), request.Quantity, request.UnitPriceVnd, request.ValidUntil ?? default, request.LeadTimeDays,
                        request.Note, request.Sku, request.MinimumLot),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("SubmitQuote")
            .WithSummary("Quotes, or revises the quote: the quantity the cooperative can supply (in the request's unit), the price per unit, "
                + "valid until, lead time in days, a note, optionally the SKU of one of its variants whose stock it holds, "
                + "and the minimum lot it takes in one order (in the request's unit; the buyer cannot accept less).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cooperative.MapPost("/{rfqId:guid}/decline", async (
                CooperativeId cooperativeId, Guid rfqId, ReasonBody? request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new DeclineRfqCommand(rfqId, cooperativeId, user.UserId(), request?.Reason), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("DeclineRfq")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cooperative.MapPost("/{rfqId:guid}/messages", async (
                CooperativeId cooperativeId, Guid rfqId, MessageRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new PostRfqMessageCommand(rfqId, cooperativeId, user.UserId(), user.Email(), AsBuyer: false,
                        request.Text ?? string.Empty), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("PostRfqMessageAsCooperative")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>A country's or a rule's code as written by a purchasing system ("jp ", "fob"), in the case the lists keep.</summary>
    internal static string? Code(string? written) => string.IsNullOrWhiteSpace(written) ? null : written.Trim().ToUpperInvariant();

    internal sealed record RfqRequest(
        int Quantity,
        ProductId? ProductId = null,
        Guid? CategoryId = null,
        QuantityUnit? Unit = null,
        string? DeliveryProvince = null,
        DateOnly? DeliveryDate = null,
        string? Note = null,
        [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId? CooperativeId = null,
        string? DestinationCountry = null,
        string? Incoterm = null,
        string? NamedPlace = null,
        string? HsCode = null);

    internal sealed record MessageRequest([property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId? CooperativeId = null, string? Text = null);

    internal sealed record AcceptRequest(
        IReadOnlyList<AcceptedQuote>? Quotes = null,
        PaymentMethod? PaymentMethod = null,
        string? PurchaseOrderNumber = null,
        string? Recipient = null,
        string? Phone = null,
        string? Province = null,
        string? Commune = null,
        string? Street = null);

    internal sealed record QuoteRequestBody(
        int Quantity, long UnitPriceVnd, int LeadTimeDays, DateOnly? ValidUntil = null, string? Note = null, string? Sku = null, int? MinimumLot = null);

    internal sealed record ReasonBody(string? Reason = null);
}
