using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Vendors.Features.GetStorefrontImage;

internal static class GetStorefrontImageEndpoint
{
    public static void MapGetStorefrontImage(this IEndpointRouteBuilder api) =>
        api.MapGet("/storefronts/images/{key}", async (string key, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetStorefrontImageQuery(key), cancellationToken)).ToHttpResult(image =>
                {
                    // A new upload gets a new key, so what is behind this address never changes.
                    http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                    return TypedResults.File(image.Content, image.ContentType, entityTag: new EntityTagHeaderValue($"\"{key}\""));
                }))
            .WithName("GetStorefrontImage")
            .WithSummary("A public storefront's logo or banner, resized; cached by browsers for a year.")
            .WithTags("Storefronts")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
