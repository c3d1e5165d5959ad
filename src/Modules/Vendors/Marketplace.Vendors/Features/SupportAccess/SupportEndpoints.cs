using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.SupportAccess;

/// <summary>
/// A cooperative's owner lets the alliance's support team help for some days, or stops it; its
/// people read what was done. Admins keep the support team.
/// </summary>
internal static class SupportEndpoints
{
    public static void MapSupportApi(this IEndpointRouteBuilder api)
    {
        var support = api.MapGroup("/cooperatives/{cooperativeId:guid}/support").WithTags("Staff").RequireAuthorization(AuthorizationPolicies.Api);

        support.MapGet("/", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetSupportAccessQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetSupportAccess")
            .WithSummary("Whether the alliance's support team may act for the cooperative, until when, and what it did (newest first).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        support.MapPut("/", async (
                CooperativeId cooperativeId, GrantRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GrantSupportCommand(cooperativeId, user.UserId(), ActorName(user), request.Days), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("GrantSupport")
            .WithSummary("An owner lets the support team act for the cooperative for 1 to 30 days from now (again: from now, not added).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        support.MapDelete("/", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new EndSupportCommand(cooperativeId, user.UserId(), ActorName(user)), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("EndSupport")
            .WithSummary("An owner ends the support team's leave now; its people lose access at once.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var team = api.MapGroup("/admin/support-team").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);

        team.MapGet("/", async Task<Ok<SupportTeamView>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListSupportTeamQuery(), cancellationToken)))
            .WithName("ListSupportTeam")
            .WithSummary("The alliance's support people, and the cooperatives that let them help now.");

        team.MapPost("/", async (AddSupportPersonRequest request, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new AddSupportPersonCommand(request.Email ?? string.Empty, request.Name ?? string.Empty), cancellationToken))
                    .ToHttpResult(person => TypedResults.Created($"/api/v1/admin/support-team/{person.UserId}", person)))
            .WithName("AddSupportPerson")
            .WithSummary("Puts a registered account on the support team, with the name cooperatives will see beside what it does.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        team.MapDelete("/{userId:guid}", async (UserId userId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RemoveSupportPersonCommand(userId), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithName("RemoveSupportPerson")
            .WithSummary("Takes a person off the support team; they lose every cooperative's access at once.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static string ActorName(ClaimsPrincipal user) => user.DisplayName() ?? user.Email();

    internal sealed record GrantRequest(int Days);

    internal sealed record AddSupportPersonRequest(string? Email = null, string? Name = null);
}
