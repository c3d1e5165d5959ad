using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>
/// Gives stock back. Nothing in the marketplace sends it today: a cancelled part's stock returns
/// through OrderCancelledIntegrationEvent (ReturnCancelledStock). Kept, with its test, for the
/// returns of issue 17; remove it if they do not need it.
/// </summary>
internal sealed record ReleaseStockCommand(IReadOnlyList<StockLine> Lines) : ICommand<Result<Done>>, IRunsIn<CatalogTransaction>;
