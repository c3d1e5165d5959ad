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
            {
                var image = await sender.Send(new GetStorefrontImageQuery(key), cancellationToken);
                if (!image.IsSuccess)
                {
                    return SharedKernel.Web.ResultHttpExtensions.ToProblem(image.Error!);
                }

                // A new upload gets a new key, so what is behind this address never changes.
                http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                return TypedResults.File(image.Value.Content, image.Value.ContentType, entityTag: new EntityTagHeaderValue($"\"{key}\""));
            })
            .WithName("GetStorefrontImage")
            .WithSummary("A public storefront's logo or banner, resized; cached by browsers for a year.")
            .WithTags("Storefronts")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
