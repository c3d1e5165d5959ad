using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>Gives stock back (an order cancelled, a payment that failed).</summary>
internal sealed record ReleaseStockCommand(IReadOnlyList<StockLine> Lines) : ICommand<Result<Done>>, IRunsIn<CatalogTransaction>;
