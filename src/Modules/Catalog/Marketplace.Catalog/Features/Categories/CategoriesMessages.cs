using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Features.Categories;

/// <summary>An admin adds a category, at the top or under a parent.</summary>
internal sealed record CreateCategoryCommand(Guid? ParentId, string Name, string NameEnglish, string ActorEmail)
    : ICommand<Result<CategoryView>>, IRunsIn<CatalogTransaction>;

/// <summary>An admin renames a category (its slug follows the Vietnamese name).</summary>
internal sealed record RenameCategoryCommand(Guid CategoryId, string Name, string NameEnglish, string ActorEmail)
    : ICommand<Result<CategoryView>>, IRunsIn<CatalogTransaction>;
