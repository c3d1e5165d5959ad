using System.Security.Claims;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.SearchSynonyms;

internal static class SearchSynonymsEndpoints
{
    public static void MapSearchSynonyms(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin/search-synonyms").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapGet("/", async Task<Ok<IReadOnlyList<SearchSynonymView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListSearchSynonymsQuery(), cancellationToken)))
            .WithName("ListSearchSynonyms")
            .WithSummary("The synonym groups search uses: a search for any term of a group finds the products named by the others.");
        admin.MapPost("/", async (SynonymRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new SaveSearchSynonymCommand(null, request.Terms ?? string.Empty, user.Email()), cancellationToken))
                    .ToHttpResult(synonym => TypedResults.Created($"/api/v1/admin/search-synonyms/{synonym.SynonymId}", synonym)))
            .WithName("AddSearchSynonyms")
            .WithSummary("Adds a group (\"chè, trà\": two terms at least; a term is in one group only).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/{synonymId:guid}", async (
                Guid synonymId, SynonymRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new SaveSearchSynonymCommand(synonymId, request.Terms ?? string.Empty, user.Email()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ChangeSearchSynonyms")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapDelete("/{synonymId:guid}", async (Guid synonymId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new DeleteSearchSynonymCommand(synonymId, user.Email()), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithName("DeleteSearchSynonyms")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The terms, comma-separated, as the admin writes them.</summary>
    internal sealed record SynonymRequest(string? Terms);
}
