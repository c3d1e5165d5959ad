using Marketplace.Catalog.Features.SearchProducts;
using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Catalog.Features.GetProduct;

/// <summary>
/// One public product. Volume tiers and minimum order quantities are for verified business
/// buyers (<paramref name="ForBusinessBuyer"/>); everyone else sees list prices.
/// </summary>
internal sealed record GetProductQuery(ProductId ProductId, bool ForBusinessBuyer = false) : IQuery<SharedKernel.Results.Result<ProductDetails>>;
