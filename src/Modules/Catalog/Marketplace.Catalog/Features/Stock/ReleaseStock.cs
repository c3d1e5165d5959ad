using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>Gives stock back in one UPDATE per line, as reserving took it.</summary>
internal sealed class ReleaseStockHandler(CatalogDbContext db) : ICommandHandler<ReleaseStockCommand, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(ReleaseStockCommand command, CancellationToken cancellationToken)
    {
        await db.ReturnStockAsync(command.Lines.Select(l => (l.VariantId, l.Quantity)), cancellationToken);
        return Done.Value;
    }
}
