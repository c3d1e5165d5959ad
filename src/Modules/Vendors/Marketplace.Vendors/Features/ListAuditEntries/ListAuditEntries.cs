using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.ListAuditEntries;

internal sealed class ListAuditEntriesHandler(VendorsDbContext db)
    : IQueryHandler<ListAuditEntriesQuery, IReadOnlyList<AuditEntryView>>,
      IQueryHandler<ListAuditActionsQuery, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(ListAuditActionsQuery query, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);

    private const int Limit = 500;

    public async ValueTask<IReadOnlyList<AuditEntryView>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.SubjectType))
        {
            entries = entries.Where(e => e.SubjectType == query.SubjectType);
        }

        if (query.SubjectId is { } subject)
        {
            entries = entries.Where(e => e.SubjectId == subject);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }

        return await entries.OrderByDescending(e => e.OccurredAt).Take(Limit).Select(AuditProjection.ToView).ToListAsync(cancellationToken);
    }
}
