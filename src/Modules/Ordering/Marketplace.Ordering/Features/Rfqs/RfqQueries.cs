using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>A buyer reads their own requests; a cooperative's people the requests sent to it, with only its own quote and messages. Anyone else: not found.</summary>
internal sealed class RfqQueries(OrderingDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListMyRfqsQuery, IReadOnlyList<RfqView>>,
      IQueryHandler<GetRfqQuery, Result<RfqView>>,
      IQueryHandler<ListVendorRfqsQuery, Result<IReadOnlyList<RfqView>>>,
      IQueryHandler<GetVendorRfqQuery, Result<RfqView>>
{
    public async ValueTask<IReadOnlyList<RfqView>> Handle(ListMyRfqsQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerEmail.Trim().ToUpperInvariant();
        var requests = await db.QuoteRequests.AsNoTracking().Where(r => r.BuyerKey == buyer).ToListAsync(cancellationToken);
        return requests.OrderByDescending(r => r.CreatedAt).Select(r => RfqViews.View(r, clock.Today())).ToList();
    }

    public async ValueTask<Result<RfqView>> Handle(GetRfqQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerEmail.Trim().ToUpperInvariant();
        var request = await db.QuoteRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RfqId && r.BuyerKey == buyer, cancellationToken);
        return request is null ? NotFound() : RfqViews.View(request, clock.Today());
    }

    public async ValueTask<Result<IReadOnlyList<RfqView>>> Handle(ListVendorRfqsQuery query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(query.VendorId, query.ActorEmail), cancellationToken) is null)
        {
            return Error.NotFound("cooperative.not_found", Bilingual.Pick("Không tìm thấy hợp tác xã.", "No such cooperative."));
        }

        // Recipients live in a JSON column: the requests are few enough per day to filter in memory.
        var requests = await db.QuoteRequests.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(1_000).ToListAsync(cancellationToken);
        return requests.Where(r => r.IsSentTo(query.VendorId)).Select(r => RfqViews.View(r, clock.Today(), query.VendorId)).ToList();
    }

    public async ValueTask<Result<RfqView>> Handle(GetVendorRfqQuery query, CancellationToken cancellationToken)
    {
        var request = await db.QuoteRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RfqId, cancellationToken);
        return request is null || !request.IsSentTo(query.VendorId) || await sender.Send(new GetVendorStaffRoleQuery(query.VendorId, query.ActorEmail), cancellationToken) is null
            ? NotFound()
            : RfqViews.View(request, clock.Today(), query.VendorId);
    }

    public static Error NotFound() => Error.NotFound("rfq.not_found", Bilingual.Pick("Không tìm thấy yêu cầu báo giá.", "No such request for quotation."));
}
