using Mediator;

namespace Marketplace.Catalog.Contracts;

public sealed record CategoryView(Guid CategoryId, Guid? ParentId, string Name, string NameEnglish, string Slug, int Depth);

/// <summary>The category tree, parents before their children.</summary>
public sealed record ListCategoriesQuery : IQuery<IReadOnlyList<CategoryView>>;
