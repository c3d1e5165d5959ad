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

namespace Marketplace.Catalog.Features.ModerateProduct;

internal static class ModerateProductEndpoints
{
    public static void MapModerateProduct(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapPost("/products/{productId:guid}/moderation", async (
                ProductId productId, ModerationRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ModerateProductCommand(productId, request.Hide, request.Reason, user.UserId(), user.Email()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ModerateProduct")
            .WithSummary("Hides a product from the public site with a reason (hide: true), or restores it (hide: false).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapGet("/moderation", async Task<Ok<IReadOnlyList<ModerationEntryView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListModerationQuery(), cancellationToken)))
            .WithName("ListModeration")
            .WithSummary("The moderation log, newest first (at most 500).");
    }

    internal sealed record ModerationRequest(bool Hide, string? Reason = null);
}
