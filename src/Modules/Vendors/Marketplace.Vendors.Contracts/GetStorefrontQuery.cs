using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>One approved cooperative's storefront, by its slug; not found for any other.</summary>
public sealed record GetStorefrontQuery(string Slug) : IQuery<Result<StorefrontDetails>>;
