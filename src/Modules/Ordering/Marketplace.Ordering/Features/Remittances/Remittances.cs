using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Remittances;

internal sealed record RemittanceLineView(
    int Row, string? TrackingCode, Money Cash, Money Charged, RemittanceOutcome Outcome, OrderPartId? PartId, string? OrderNumber, string? Note);

/// <summary>A statement as imported: each line's outcome, and what it settled (cash paid over, the carrier's charges).</summary>
internal sealed record RemittanceView(
    Guid RemittanceId, DeliveryCarrier Carrier, string FileName, DateTimeOffset ImportedAt, Money CashSettled, Money ChargesSettled, int LinesSettled,
    IReadOnlyList<RemittanceLineView> Lines)
{
    private static readonly RemittanceOutcome[] Settled = [RemittanceOutcome.Paid, RemittanceOutcome.ReturnCharged];

    public static RemittanceView Of(CodRemittance r)
    {
        var settled = r.Lines.Where(l => Settled.Contains(l.Outcome)).ToList();
        return new(
            r.Id, r.Carrier, r.FileName, r.ImportedAt,
            Money.Dong(settled.Where(l => l.Outcome != RemittanceOutcome.ReturnCharged).Sum(l => l.CashVnd)), Money.Dong(settled.Sum(l => l.ChargedVnd)),
            settled.Count,
            [.. r.Lines.Select(l => new RemittanceLineView(
                l.Row, l.TrackingCode, Money.Dong(l.CashVnd), Money.Dong(l.ChargedVnd), l.Outcome, l.PartId, l.OrderNumber, l.Note))]);
    }
}

/// <summary>A parcel delivered by a carrier that collected its cash and has not paid it over yet.</summary>
internal sealed record OutstandingCash(
    DeliveryCarrier Carrier, string TrackingCode, OrderPartId PartId, string OrderNumber, string VendorName, Money Cash, DateTimeOffset BookedAt);

/// <summary>The cash still with the carriers, and the statements imported, newest first.</summary>
internal sealed record RemittancesOverview(IReadOnlyList<OutstandingCash> Outstanding, Money OutstandingTotal, IReadOnlyList<RemittanceView> Imported);

internal sealed record GetRemittancesQuery(int Imports = 10) : IQuery<RemittancesOverview>;

internal sealed class RemittanceQueries(OrderingDbContext db) : IQueryHandler<GetRemittancesQuery, RemittancesOverview>
{
    public async ValueTask<RemittancesOverview> Handle(GetRemittancesQuery query, CancellationToken cancellationToken)
    {
        // Delivered parts whose cash the carrier took (a live booking, cash due at the door) and no statement has settled.
        var outstanding = await db.Shipments.AsNoTracking()
            .Where(s => !s.Cancelled && s.RemittedAt == null && s.CodVnd > 0)
            .Join(db.Parts.Where(p => p.Status == PartStatus.Delivered), s => s.PartId, p => p.Id, (s, p) => new { s, p })
            .Join(db.Orders, x => x.p.OrderId, o => o.Id, (x, o) => new { x.s, x.p, o.Number })
            .ToListAsync(cancellationToken);
        var rows = outstanding
            .Select(x => new OutstandingCash(
                x.s.Carrier, x.s.TrackingCode, x.p.Id, x.Number, x.p.VendorName, Money.Dong(x.p.CashCollectedVnd ?? 0), x.s.BookedAt))
            .OrderBy(x => x.BookedAt)
            .ToList();
        var imported = await db.Remittances.AsNoTracking().OrderByDescending(r => r.ImportedAt).Take(query.Imports).ToListAsync(cancellationToken);
        return new RemittancesOverview(
            rows,
            Money.Dong(rows.Sum(r => r.Cash.Amount)),
            [.. imported.Select(RemittanceView.Of)]);
    }
}
