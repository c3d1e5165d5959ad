using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Rfqs;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>Counts for a cooperative's "today" screen; who may see them is the asker's to check.</summary>
internal sealed class GetVendorWorkloadHandler(OrderingDbContext db, TimeProvider clock) : IQueryHandler<GetVendorWorkloadQuery, VendorWorkload>
{
    public async ValueTask<VendorWorkload> Handle(GetVendorWorkloadQuery query, CancellationToken cancellationToken)
    {
        var counts = await db.Parts.AsNoTracking()
            .Where(p => p.CooperativeId == query.CooperativeId
                && (p.Status == PartStatus.Placed || p.Status == PartStatus.Confirmed || p.Status == PartStatus.Packed
                    || p.Status == PartStatus.DeliveryFailed))
            .GroupBy(p => new { p.Status, p.AwaitingPayment })
            .Select(g => new { g.Key.Status, g.Key.AwaitingPayment, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(PartStatus status, bool? awaiting = null) =>
            counts.Where(c => c.Status == status && (awaiting is null || c.AwaitingPayment == awaiting)).Sum(c => c.Count);

        // Open requests sent to it (inside the recipients' JSON column), not yet answered, whose delivery day has not passed.
        var today = clock.Today();
        var open = await db.QuoteRequests.AsNoTracking()
            .Where(r => r.Status == RfqStatus.Open && r.DeliveryDate >= today
                && r.Recipients.Any(recipient => recipient.CooperativeId == query.CooperativeId))
            .ToListAsync(cancellationToken);
        var unanswered = open.Count(r => r.Quotes.All(q => q.CooperativeId != query.CooperativeId));

        var returns = await db.Returns.AsNoTracking()
            .CountAsync(r => r.CooperativeId == query.CooperativeId && r.Status == ReturnStatus.Requested, cancellationToken);

        return new VendorWorkload(
            Count(PartStatus.Placed, awaiting: false),
            Count(PartStatus.Confirmed),
            Count(PartStatus.Packed),
            Count(PartStatus.Placed, awaiting: true),
            unanswered,
            returns,
            Count(PartStatus.DeliveryFailed));
    }
}
