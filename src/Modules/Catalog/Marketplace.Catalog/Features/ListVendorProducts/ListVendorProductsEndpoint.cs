using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.ListVendorProducts;

internal static class ListVendorProductsEndpoint
{
    public static void MapListVendorProducts(this IEndpointRouteBuilder api) =>
        api.MapGet("/vendors/{cooperativeId:guid}/products", async Task<Ok<IReadOnlyList<ProductSummary>>> (
                CooperativeId cooperativeId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListVendorProductsQuery(cooperativeId), cancellationToken)))
            .WithName("ListVendorProducts")
            .WithSummary("The products an approved cooperative sells.")
            .WithTags("Products");
}
