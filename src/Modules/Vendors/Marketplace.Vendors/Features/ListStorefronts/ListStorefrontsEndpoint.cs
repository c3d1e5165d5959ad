using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.ListStorefronts;

internal static class ListStorefrontsEndpoint
{
    public static void MapListStorefronts(this IEndpointRouteBuilder api) =>
        api.MapGet("/storefronts", async Task<Ok<IReadOnlyList<StorefrontSummary>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListStorefrontsQuery(), cancellationToken)))
            .WithName("ListStorefronts")
            .WithSummary("The storefronts of every approved cooperative.")
            .WithTags("Storefronts");
}
