using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Catalog.Contracts;

public sealed record CategoryView(Guid CategoryId, Guid? ParentId, string Name, string NameEnglish, string Slug, int Depth);

/// <summary>The category tree, parents before their children.</summary>
public sealed record ListCategoriesQuery : IQuery<IReadOnlyList<CategoryView>>;

/// <summary>The category of each of these variants' products; a variant no longer in the catalog is left out.</summary>
public sealed record GetVariantCategoriesQuery(IReadOnlyCollection<VariantId> VariantIds) : IQuery<IReadOnlyDictionary<VariantId, Guid>>;
