using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.Lots;

internal static class LotsEndpoints
{
    public static void MapLots(this IEndpointRouteBuilder api)
    {
        api.MapPost("/cooperatives/products/{productId:guid}/lots", async (
                ProductId productId, LotRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new AddLotCommand(
                        productId,
                        user.UserId(),
                        request.Code ?? string.Empty,
                        request.ProducedOn ?? default,
                        request.ExpiresOn,
                        request.Commune ?? string.Empty,
                        request.Province ?? string.Empty,
                        request.Quantity,
                        request.QuantityUnit ?? string.Empty,
                        request.Notes),
                    cancellationToken))
                    .ToHttpResult(lot => TypedResults.Created($"/api/v1/lots/{lot.Code}", lot)))
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithName("AddLot")
            .WithSummary("Records a harvest or processing lot of the product "
                + "(code unique across the marketplace, dates as yyyy-MM-dd, quantity in a unit code).")
            .WithTags("Lots")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/cooperatives/products/{productId:guid}/lots/{code}/labels.pdf", async (
                ProductId productId, string code, string? size, int? copies, VariantId? variantId, ClaimsPrincipal user, ISender sender,
                CancellationToken cancellationToken) =>
                (await sender.Send(new GetLotLabelsQuery(productId, user.UserId(), code, size, copies, variantId), cancellationToken))
                    .ToHttpResult(labels => TypedResults.File(labels.Pdf, "application/pdf", labels.FileName)))
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithName("GetLotLabels")
            .WithSummary("A PDF of the lot's labels for its cooperative's people, draft or published: product, cooperative, lot code, "
                + "production and expiry dates, net weight, origin, certificates and the QR code of the lot's page. size: a4 (24 to a sheet), "
                + "50x30, 60x40 or 100x50 (label-printer rolls, one to a page); copies: 1 to 500 (a full sheet by default); "
                + "variantId: whose net weight is printed (the first by default).")
            .WithTags("Lots")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/cooperatives/products/{productId:guid}/lots/{code}/recall", async (
                ProductId productId, string code, RecallRequest? request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RecallLotCommand(productId, code, user.UserId(), user.IsAdmin(), request?.Reason ?? string.Empty), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithName("RecallLot")
            .WithSummary("Recalls a lot, for its cooperative's people or an admin: its public page shows the recall, nothing more ships from it, "
                + "and every buyer of its units is mailed the reason. Final: a lot recalled again is 409.")
            .WithTags("Lots")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/cooperatives/products/{productId:guid}/lots/{code}/recipients", async (
                ProductId productId, string code, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetLotRecipientsForStaffQuery(code, user.UserId(), user.IsAdmin(), productId), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithName("GetLotRecipients")
            .WithSummary("Who received the lot, for its cooperative's people and admins: each order its lines went to, "
                + "with recipient, phone, province, SKU, quantity and when it shipped, newest first.")
            .WithTags("Lots")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/lots/{code}", async (string code, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetLotTraceQuery(code), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetLotTrace")
            .WithSummary("A lot's public traceability: product, producer and address, production date, lot code, expiry, certificates.")
            .WithTags("Lots")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/lots/{code}/qr.{format}", async (string code, string format, PublicSite site, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetLotTraceQuery(code), cancellationToken)).ToHttpResult(Results<FileContentHttpResult, NotFound> (trace) =>
                {
                    var url = site.Link($"/lots/{Uri.EscapeDataString(trace.Lot.Code)}");
                    return format switch
                    {
                        "png" => TypedResults.File(LotQrCode.Png(url), "image/png", $"{trace.Lot.Code}.png"),
                        "svg" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(LotQrCode.Svg(url)), "image/svg+xml", $"{trace.Lot.Code}.svg"),
                        _ => TypedResults.NotFound(),
                    };
                }))
            .WithName("GetLotQrCode")
            .WithSummary("The lot's QR code, as qr.png or qr.svg, to print on packages; it opens the lot's public page.")
            .WithTags("Lots")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record RecallRequest(string? Reason = null);

    internal sealed record LotRequest(
        int Quantity,
        string? Code = null,
        DateOnly? ProducedOn = null,
        DateOnly? ExpiresOn = null,
        string? Commune = null,
        string? Province = null,
        string? QuantityUnit = null,
        string? Notes = null);
}
