using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Catalog.Features.GetProduct;

internal static class GetProductEndpoint
{
    public static void MapGetProduct(this IEndpointRouteBuilder api)
    {
        api.MapGet("/products/{productId:guid}", async (ProductId productId, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
            {
                var caller = await http.ApiCallerAsync();
                return (await sender.Send(new GetProductQuery(productId, caller.IsInRole(Roles.BulkBuyer)), cancellationToken)).ToHttpResult(TypedResults.Ok);
            })
            .WithName("GetProduct")
            .WithSummary("A public product: variants with prices and stock, pictures, lots, badges and its cooperative; "
                + "with a verified business buyer's token, also volume tiers and minimum order quantities.")
            .WithTags("Products")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/products/images/{key}", async (string key, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetProductImageQuery(key), cancellationToken)).ToHttpResult(image =>
                {
                    // A new upload gets a new key, so what is behind this address never changes.
                    http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                    return TypedResults.File(image.Content, image.ContentType, entityTag: new EntityTagHeaderValue($"\"{key}\""));
                }))
            .WithName("GetProductImage")
            .WithSummary("A public product's picture or thumbnail (JPEG), cached for a year.")
            .WithTags("Products")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
