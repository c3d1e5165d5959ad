using System.Security.Claims;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.Sales;

internal static class VariantSalesEndpoints
{
    public static void MapVariantSales(this IEndpointRouteBuilder api)
    {
        var sale = api.MapGroup("/cooperatives/products/{productId:guid}/variants/{variantId:guid}/sale")
            .WithTags("Product management")
            .RequireAuthorization(AuthorizationPolicies.Api);
        sale.MapPut("/", async Task<Results<Ok<ProductForEditing>, ValidationProblem, ProblemHttpResult>> (
                ProductId productId, VariantId variantId, SaleRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new PutVariantOnSaleCommand(productId, user.UserId(), variantId, request.PriceVnd, request.From, request.Until), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("PutVariantOnSale")
            .WithSummary("Sells the variant at priceVnd (below its list price) from one Vietnam date to another (yyyy-MM-dd, both whole days, "
                + "at most 90 days); it replaces the variant's sale, if any. The cards, the product's page, the cart and checkout take it on those days.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        sale.MapDelete("/", async Task<Results<Ok<ProductForEditing>, ValidationProblem, ProblemHttpResult>> (
                ProductId productId, VariantId variantId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new EndVariantSaleCommand(productId, user.UserId(), variantId), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("EndVariantSale")
            .WithSummary("Takes the variant's sale off now: it sells at its list price again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record SaleRequest(long PriceVnd, DateOnly? From = null, DateOnly? Until = null);
}
