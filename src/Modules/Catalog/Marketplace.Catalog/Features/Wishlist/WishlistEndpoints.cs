using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.Wishlist;

internal static class WishlistEndpoints
{
    public static void MapWishlist(this IEndpointRouteBuilder api)
    {
        var mine = api.MapGroup("/").WithTags("Wishlist").RequireAuthorization(AuthorizationPolicies.Api);
        mine.MapGet("/saved-products", async Task<Ok<WishlistView>> (
                ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetWishlistQuery(user.UserId()), cancellationToken)))
            .WithName("GetWishlist")
            .WithSummary("The signed-in person's saved products (each with its card as it sells today, or none when no longer sold, and "
                + "whether they wait to hear it is back in stock) and the cooperatives they follow, most recent first.");
        mine.MapPut("/saved-products/{productId:guid}", async (
                ProductId productId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new SaveProductCommand(user.UserId(), productId, user.Email(), Cultures.Current), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("SaveProduct")
            .WithSummary($"Saves a product (again: the same saved product). A sold-out product saved is mailed about once back in stock, "
                + $"in the language of this request. At most {Domain.SavedProduct.Limit} saved products.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        mine.MapDelete("/saved-products/{productId:guid}", async (
                ProductId productId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ForgetProductCommand(user.UserId(), productId), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithName("ForgetSavedProduct")
            .Produces(StatusCodes.Status204NoContent);
        mine.MapPut("/followed-cooperatives/{cooperativeId:guid}", async (
                CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new FollowCooperativeCommand(user.UserId(), cooperativeId, user.Email(), Cultures.Current), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("FollowCooperative")
            .WithSummary("Follows a cooperative that sells: its new pre-orders and the campaigns its products are in are mailed, "
                + $"in the language of this request. At most {Domain.FollowedCooperative.Limit} cooperatives.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        mine.MapDelete("/followed-cooperatives/{cooperativeId:guid}", async (
                CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new UnfollowCooperativeCommand(user.UserId(), cooperativeId), cancellationToken))
                    .ToHttpResult(_ => TypedResults.NoContent()))
            .WithName("UnfollowCooperative")
            .Produces(StatusCodes.Status204NoContent);
    }
}
