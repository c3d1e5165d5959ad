using System.Security.Claims;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.ExchangeRates;

/// <summary>The rates prices are shown at for buyers abroad: read by anyone, set by the admins.</summary>
internal static class ExchangeRateEndpoints
{
    public static void MapExchangeRates(this IEndpointRouteBuilder api) =>
        api.MapGet("/exchange-rates", async Task<Ok<IReadOnlyList<ExchangeRateView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok((await sender.Send(new ListExchangeRatesQuery(), cancellationToken)).InForce))
            .WithTags("Payments")
            .WithName("ListExchangeRates")
            .WithSummary("The rates in force (đồng for one USD or JPY) at which prices may be shown; every price is charged in đồng (VND).")
            .AllowAnonymous();

    public static void MapExchangeRatesAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/exchange-rates", async Task<Ok<ExchangeRatesView>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListExchangeRatesQuery(), cancellationToken)))
            .WithName("ListExchangeRateHistory")
            .WithSummary("The rates in force and those set before, newest first, with who set each.");
        admin.MapPut("/exchange-rates/{currency}", async (
                string currency, RateRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new SetExchangeRateCommand(currency.ToUpperInvariant(), request.VndPerUnit, user.Email()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("SetExchangeRate")
            .WithSummary("Sets the rate of USD or JPY from now on ({\"vndPerUnit\": 25400}); audited. Shopper pages show prices at it at once.")
            .ProducesValidationProblem();
    }

    internal sealed record RateRequest(decimal VndPerUnit);
}
