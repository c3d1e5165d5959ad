using System.Security.Claims;
using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.Categories;

internal static class CategoriesEndpoints
{
    public static void MapCategories(this IEndpointRouteBuilder api)
    {
        api.MapGet("/categories", async Task<Ok<IReadOnlyList<CategoryView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListCategoriesQuery(), cancellationToken)))
            .WithName("ListCategories")
            .WithSummary("The category tree, parents before their children, with each one's depth.")
            .WithTags("Products");

        var admin = api.MapGroup("/admin/categories").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapPost("/", async (CategoryRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new CreateCategoryCommand(request.ParentId, request.Name ?? string.Empty, request.NameEnglish ?? string.Empty, user.Email()),
                    cancellationToken))
                    .ToHttpResult(category => TypedResults.Created($"/api/v1/categories", category)))
            .WithName("CreateCategory")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/{categoryId:guid}", async (
                Guid categoryId, CategoryRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new RenameCategoryCommand(categoryId, request.Name ?? string.Empty, request.NameEnglish ?? string.Empty, user.Email()),
                    cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("RenameCategory")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var proposals = api.MapGroup("/cooperatives/{cooperativeId:guid}/category-proposals")
            .WithTags("Product management")
            .RequireAuthorization(AuthorizationPolicies.Api);
        proposals.MapGet("/", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListMyCategoryProposalsQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListMyCategoryProposals")
            .WithSummary("The categories the cooperative proposed, pending first, with the admins' answers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        proposals.MapPost("/", async (
                CooperativeId cooperativeId, ProposalRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ProposeCategoryCommand(cooperativeId, user.UserId(), request.Name ?? string.Empty, request.Note), cancellationToken))
                    .ToHttpResult(proposal => TypedResults.Created($"/api/v1/cooperatives/{cooperativeId}/category-proposals", proposal)))
            .WithName("ProposeCategory")
            .WithSummary("Proposes a category the marketplace lacks (at most 5 waiting per cooperative); an admin accepts or declines it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var decisions = api.MapGroup("/admin/category-proposals").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        decisions.MapGet("/", async Task<Ok<IReadOnlyList<CategoryProposalView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListCategoryProposalsQuery(), cancellationToken)))
            .WithName("ListCategoryProposals")
            .WithSummary("Every cooperative's category proposals, pending first.");
        decisions.MapPost("/{proposalId:guid}/decisions", async (
                Guid proposalId, ProposalDecisionRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new DecideCategoryProposalCommand(
                        proposalId, request.Accept, request.Name, request.NameEnglish, request.ParentId, request.Reason, user.Email()),
                    cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("DecideCategoryProposal")
            .WithSummary("Accepts a proposal (the category is made: English name required, parent and corrected name optional) or declines it with a reason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record ProposalRequest(string? Name = null, string? Note = null);

    internal sealed record ProposalDecisionRequest(bool Accept, string? Name = null, string? NameEnglish = null, Guid? ParentId = null, string? Reason = null);

    internal sealed record CategoryRequest(Guid? ParentId = null, string? Name = null, string? NameEnglish = null);
}
