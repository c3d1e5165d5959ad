using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>Gives stock back in one UPDATE per line, as reserving took it.</summary>
internal sealed class ReleaseStockHandler(CatalogDbContext db) : ICommandHandler<ReleaseStockCommand, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(ReleaseStockCommand command, CancellationToken cancellationToken)
    {
        foreach (var line in command.Lines.OrderBy(l => l.VariantId))
        {
            var version = Guid.NewGuid();
            await db.Variants.Where(v => v.Id == line.VariantId)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.Stock, v => v.Stock + line.Quantity).SetProperty(v => v.Version, version), cancellationToken);
        }

        return Done.Value;
    }
}
