using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.SearchProducts;

internal static class SearchProductsEndpoint
{
    public static void MapSearchProducts(this IEndpointRouteBuilder api) =>
        api.MapGet("/products", async (
                string? q, string? category, string? province, string? vendor, CertificationKind? certification,
                long? minPrice, long? maxPrice, ProductSort? sort, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SearchProductsQuery(
                        q, category, province, vendor, certification, minPrice, maxPrice, sort ?? ProductSort.Relevance, page ?? 1, pageSize ?? 24),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("SearchProducts")
            .WithSummary("Searches the public catalog in Vietnamese, with or without diacritics (q=tra shan tuyet), "
                + "filtered by category slug, province, vendor slug, certification (VietGap, GlobalGap, Organic, Ocop) and price in đồng, "
                + "sorted (Relevance, PriceAscending, PriceDescending, Newest, Name), a page of at most 60, with counts per filter value.")
            .WithTags("Products")
            .ProducesValidationProblem();
}
