using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Features.ModerateProduct;

/// <summary>An admin hides a product with a reason, or restores it; each is kept in the moderation log.</summary>
internal sealed record ModerateProductCommand(ProductId ProductId, bool Hide, string? Reason, UserId ActorUserId, string ActorName)
    : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;
