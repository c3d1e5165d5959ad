using Marketplace.Ordering.Data;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>
/// A buyer reads their own requests; a cooperative's people the requests sent to it, with only its own quote and messages.
/// Anyone else: not found.
/// </summary>
internal sealed class RfqQueries(OrderingDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListMyRfqsQuery, IReadOnlyList<RfqView>>,
      IQueryHandler<GetRfqQuery, Result<RfqView>>,
      IQueryHandler<ListVendorRfqsQuery, Result<IReadOnlyList<RfqView>>>,
      IQueryHandler<GetVendorRfqQuery, Result<RfqView>>
{
    private const int MaxListed = 500;

    public async ValueTask<IReadOnlyList<RfqView>> Handle(ListMyRfqsQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var requests = await db.QuoteRequests.AsNoTracking().Where(r => r.BuyerId == buyer).ToListAsync(cancellationToken);
        return requests.OrderByDescending(r => r.CreatedAt).Select(r => RfqViews.View(r, clock.Today())).ToList();
    }

    public async ValueTask<Result<RfqView>> Handle(GetRfqQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var request = await db.QuoteRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RfqId && r.BuyerId == buyer, cancellationToken);
        return request is null ? NotFound() : RfqViews.View(request, clock.Today());
    }

    public async ValueTask<Result<IReadOnlyList<RfqView>>> Handle(ListVendorRfqsQuery query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        // The database picks this cooperative's requests (inside the recipients' JSON column), so
        // none of its own is lost however many the marketplace receives; its newest 500 are listed.
        var requests = await db.QuoteRequests.AsNoTracking()
            .Where(r => r.Recipients.Any(recipient => recipient.CooperativeId == query.CooperativeId))
            .OrderByDescending(r => r.CreatedAt)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return requests.Select(r => RfqViews.View(r, clock.Today(), query.CooperativeId)).ToList();
    }

    public async ValueTask<Result<RfqView>> Handle(GetVendorRfqQuery query, CancellationToken cancellationToken)
    {
        var request = await db.QuoteRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RfqId, cancellationToken);
        return request is null
            || !request.IsSentTo(query.CooperativeId)
            || await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null
            ? NotFound()
            : RfqViews.View(request, clock.Today(), query.CooperativeId);
    }

    public static Error NotFound() =>
        Error.NotFound("rfq.not_found", Bilingual.Pick("Không tìm thấy yêu cầu báo giá.", "No such request for quotation."));
}
