using System.Security.Claims;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.RegisterBusinessAccount;

/// <summary>A person registers the company they buy for, and follows its verification.</summary>
internal static class BusinessAccountsEndpoints
{
    public static void MapBusinessAccountsApi(this IEndpointRouteBuilder api)
    {
        var accounts = api.MapGroup("/business-accounts").WithTags("Business accounts").RequireAuthorization(AuthorizationPolicies.Api);

        accounts.MapPost("/", async (BusinessAccountRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new RegisterBusinessAccountCommand(
                        user.UserId(),
                        user.Email(),
                        request.CompanyName ?? string.Empty,
                        request.TaxCode ?? string.Empty,
                        request.Address ?? string.Empty,
                        request.ContactPerson ?? string.Empty,
                        request.Phone ?? string.Empty),
                    cancellationToken))
                    .ToHttpResult(account => TypedResults.Created("/api/v1/business-accounts/mine", account)))
            .WithName("RegisterBusinessAccount")
            .WithSummary("Registers the caller's company (name, tax code, address, contact person, phone) for an admin to verify.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapGet("/mine", async Task<Ok<IReadOnlyList<BusinessAccountView>>> (
                ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetMyBusinessAccountsQuery(user.UserId()), cancellationToken)))
            .WithName("GetMyBusinessAccounts")
            .WithSummary("The caller's business accounts with their state, newest first.");
    }

    internal sealed record BusinessAccountRequest(
        string? CompanyName = null, string? TaxCode = null, string? Address = null, string? ContactPerson = null, string? Phone = null);
}
