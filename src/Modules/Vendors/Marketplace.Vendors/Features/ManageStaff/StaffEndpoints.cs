using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.ManageStaff;

/// <summary>An owner manages the cooperative's people; staff may list them.</summary>
internal static class StaffEndpoints
{
    public static void MapStaffApi(this IEndpointRouteBuilder api)
    {
        var staff = api.MapGroup("/cooperatives/{cooperativeId:guid}/staff").WithTags("Staff").RequireAuthorization(AuthorizationPolicies.Api);

        staff.MapGet("/", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListStaffQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListStaff")
            .WithSummary("The cooperative's owners and staff.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPost("/", async (
                CooperativeId cooperativeId, InviteRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new InviteStaffCommand(cooperativeId, user.UserId(), request.Email ?? string.Empty, request.Role, request.Culture ?? "vi"),
                    cancellationToken))
                    .ToHttpResult(member => TypedResults.Created($"/api/v1/cooperatives/{cooperativeId}/staff/{member.Email}", member)))
            .WithName("InviteStaff")
            .WithSummary("An owner invites a person by e-mail as Owner or Staff; the invitation is mailed in the given culture (vi or en).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPut("/{email}", async (
                CooperativeId cooperativeId, string email, RoleRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ChangeStaffRoleCommand(cooperativeId, user.UserId(), email, request.Role), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ChangeStaffRole")
            .WithSummary("An owner changes a person's role; the last owner stays an owner (409).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapDelete("/{email}", async (
                CooperativeId cooperativeId, string email, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RemoveStaffCommand(cooperativeId, user.UserId(), email), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithName("RemoveStaff")
            .WithSummary("An owner removes a person; the last owner cannot be removed (409).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record InviteRequest(StaffRole Role, string? Email = null, string? Culture = null);

    internal sealed record RoleRequest(StaffRole Role);
}
