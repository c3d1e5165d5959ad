using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>The storefronts of every approved cooperative, by name.</summary>
public sealed record ListStorefrontsQuery : IQuery<IReadOnlyList<StorefrontSummary>>;
