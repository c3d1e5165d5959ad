using System.Security.Claims;
using Marketplace.Ordering.Features.Shipments.Ghn;
using Marketplace.Ordering.Features.Shipments.Ghtk;
using Marketplace.Ordering.Features.Shipments.ViettelPost;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Shipments;

internal static class ShipmentEndpoints
{
    public static IServiceCollection AddShipments(this IServiceCollection services)
    {
        services.AddGhtkOptions();
        services.AddOptions<GhtkBookingTimeouts>().BindConfiguration(GhtkBookingTimeouts.Section);
        services.AddHttpClient<ICarrierShipments, GhtkShipments>(GhtkShipments.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddGatewayResilience<GhtkBookingTimeouts>();
        services.AddGhn();
        services.AddHttpClient<ICarrierShipments, GhnShipments>(GhnShipments.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddGatewayResilience<GhnOptions>();
        services.AddViettelPost();
        services.AddHttpClient<ICarrierShipments, ViettelPostShipments>(ViettelPostShipments.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddGatewayResilience<ViettelPostOptions>();
        services.AddHttpClient(
            ViettelPostShipments.CreateClientName,
            (provider, http) => http.Timeout = provider.GetRequiredService<IOptions<ViettelPostOptions>>().Value.AttemptTimeout);
        return services;
    }

    public static void MapShipmentEndpoints(this IEndpointRouteBuilder api)
    {
        var shipments = api.MapGroup("/cooperatives/order-parts/{partId:guid}/shipment").WithTags("Fulfilment")
            .RequireAuthorization(AuthorizationPolicies.Api);
        shipments.MapPost("/", async (
                OrderPartId partId, BookShipmentRequest? request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new BookShipmentCommand(partId, user.UserId(), request?.Carrier), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("BookShipment")
            .WithSummary("Books a packed part with a carrier (carrier: Ghtk, Ghn or ViettelPost; the one checkout quoted when left out), "
                + "with the cash to collect at the door; the answer carries the carrier's tracking code, and the carrier's callbacks move the "
                + "part on from there. "
                + "A carrier not connected, or a part not packed or already booked, is 409; a carrier that refuses the parcel 409 with its "
                + "reason; one that does not answer 503.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        shipments.MapDelete("/", async (OrderPartId partId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new CancelShipmentCommand(partId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("CancelShipment")
            .WithSummary("Calls the booking off before the carrier picks the parcel up; the part stays packed, to book again, ship by hand or cancel. "
                + "Picked up already, or refused by the carrier, is 409; a carrier that does not answer 503.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        shipments.MapGet("/label.pdf", async (OrderPartId partId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetShipmentLabelQuery(partId, user.UserId()), cancellationToken))
                    .ToHttpResult(label => label.PrintPage is { } page
                        ? (IResult)TypedResults.Redirect(page.AbsoluteUri)
                        : TypedResults.File(label.Pdf, "application/pdf", label.FileName)))
            .WithName("GetShipmentLabel")
            .WithSummary("The booked parcel's label, as the carrier prints it: an A6 PDF (GHTK), or a redirect to the carrier's own print page "
                + "(GHN, Viettel Post).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/carriers/ghtk/callback", async (
                HttpRequest request, ISender sender, IOptionsMonitor<GhtkOptions> options, CancellationToken cancellationToken) =>
            {
                // Nothing of an anonymous caller's body is read before its hash checks out.
                if (GhtkCallbackHandler.Refused(options.CurrentValue, request.Query["hash"]) is { } refused)
                {
                    return Result<CarrierStatusOutcome>.Failure(refused).ToHttpResult(TypedResults.Ok);
                }

                var fields = request.HasFormContentType
                    ? (await request.ReadFormAsync(cancellationToken)).ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal)
                    : new Dictionary<string, string?>(StringComparer.Ordinal);
                return (await sender.Send(new GhtkCallbackCommand(request.Query["hash"], fields), cancellationToken))
                    .ToHttpResult(TypedResults.Ok);
            })
            .AllowAnonymous()
            .DisableAntiforgery() // GHTK proves itself by the secret in the address instead
            .WithMetadata(new RequestSizeLimitAttribute(16 * 1024)) // a status is a dozen short fields
            .WithTags("Fulfilment")
            .WithName("GhtkCallback")
            .WithSummary("GHTK's shipment status callback (form-urlencoded; ?hash= the secret given to GHTK). Each status is kept once, "
                + "however often and in whatever order it comes; a wrong hash is 403 and changes nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/carriers/ghn/callback", async (
                HttpRequest request, ISender sender, IOptionsMonitor<GhnOptions> options, CancellationToken cancellationToken) =>
            {
                // Nothing of an anonymous caller's body is read before its hash checks out.
                if (GhnCallbackHandler.Refused(options.CurrentValue, request.Query["hash"]) is { } refused)
                {
                    return Result<CarrierStatusOutcome>.Failure(refused).ToHttpResult(TypedResults.Ok);
                }

                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(cancellationToken);
                return (await sender.Send(new GhnCallbackCommand(request.Query["hash"], payload), cancellationToken)).ToHttpResult(TypedResults.Ok);
            })
            .AllowAnonymous()
            .DisableAntiforgery() // GHN proves itself by the secret in the address instead
            .WithMetadata(new RequestSizeLimitAttribute(16 * 1024)) // a status is a few dozen short fields
            .WithTags("Fulfilment")
            .WithName("GhnCallback")
            .WithSummary("Giao Hàng Nhanh's order status webhook (JSON; ?hash= the secret in the address registered with GHN; the alliance's "
                + "shop only). Each status is kept once, however often and in whatever order it comes; a wrong hash or another shop is 403 and "
                + "changes nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/carriers/viettelpost/callback", async (
                HttpRequest request, ISender sender, IOptionsMonitor<ViettelPostOptions> options, CancellationToken cancellationToken) =>
            {
                // Not configured: nothing of an anonymous caller's body is read.
                if (string.IsNullOrWhiteSpace(options.CurrentValue.WebhookToken))
                {
                    return Result<CarrierStatusOutcome>.Failure(CarrierCallbacks.Refused(null, null, "Viettel Post")!).ToHttpResult(TypedResults.Ok);
                }

                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(cancellationToken);
                return (await sender.Send(new ViettelPostCallbackCommand(request.Headers.Authorization, payload), cancellationToken))
                    .ToHttpResult(TypedResults.Ok);
            })
            .AllowAnonymous()
            .DisableAntiforgery() // Viettel Post proves itself by the secret set in its portal instead
            .WithMetadata(new RequestSizeLimitAttribute(16 * 1024)) // a status is a few dozen short fields
            .WithTags("Fulfilment")
            .WithName("ViettelPostCallback")
            .WithSummary("Viettel Post's status push (JSON {DATA, TOKEN}; TOKEN, or the Authorization header, the secret set in its portal). "
                + "Each status is kept once, however often and in whatever order it comes; a wrong token is 403 and changes nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record BookShipmentRequest(DeliveryCarrier? Carrier = null);
}
