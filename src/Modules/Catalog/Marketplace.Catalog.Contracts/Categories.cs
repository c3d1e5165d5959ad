using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Contracts;

public sealed record CategoryView(Guid CategoryId, Guid? ParentId, string Name, string NameEnglish, string Slug, int Depth);

/// <summary>The category tree, parents before their children.</summary>
public sealed record ListCategoriesQuery : IQuery<IReadOnlyList<CategoryView>>;

/// <summary>An admin adds a category, at the top or under a parent.</summary>
public sealed record CreateCategoryCommand(Guid? ParentId, string Name, string NameEnglish) : ICommand<Result<CategoryView>>;

/// <summary>An admin renames a category (its slug follows the Vietnamese name).</summary>
public sealed record RenameCategoryCommand(Guid CategoryId, string Name, string NameEnglish) : ICommand<Result<CategoryView>>;
