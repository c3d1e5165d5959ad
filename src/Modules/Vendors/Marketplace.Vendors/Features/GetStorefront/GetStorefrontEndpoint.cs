using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.GetStorefront;

internal static class GetStorefrontEndpoint
{
    public static void MapGetStorefront(this IEndpointRouteBuilder api) =>
        api.MapGet("/storefronts/{slug}", async (string slug, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetStorefrontQuery(slug), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetStorefront")
            .WithSummary("One approved cooperative's storefront, by its slug.")
            .WithTags("Storefronts")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
