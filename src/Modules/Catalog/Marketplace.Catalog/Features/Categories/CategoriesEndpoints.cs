using Marketplace.Catalog.Contracts;
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
        admin.MapPost("/", async (CategoryRequest request, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new CreateCategoryCommand(request.ParentId, request.Name ?? string.Empty, request.NameEnglish ?? string.Empty), cancellationToken))
                    .ToHttpResult(category => TypedResults.Created($"/api/v1/categories", category)))
            .WithName("CreateCategory")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/{categoryId:guid}", async (Guid categoryId, CategoryRequest request, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RenameCategoryCommand(categoryId, request.Name ?? string.Empty, request.NameEnglish ?? string.Empty), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("RenameCategory")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record CategoryRequest(Guid? ParentId = null, string? Name = null, string? NameEnglish = null);
}
