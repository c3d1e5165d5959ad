using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.Today;

internal static class TodayEndpoints
{
    public static void MapTodayApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/cooperatives/{cooperativeId:guid}/today", async (
                CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetTodayQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithName("GetToday")
            .WithTags("Cooperatives")
            .WithSummary("What waits for the cooperative's people: order parts to confirm, pack and ship, parts awaiting payment, "
                + "requests for quotation to answer, published variants with 5 or fewer units (or below their minimum order), "
                + "verified certificates lapsing within 30 days, and the balance the alliance owes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
