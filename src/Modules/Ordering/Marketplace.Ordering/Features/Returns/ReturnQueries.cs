using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Returns;

internal sealed class ReturnQueriesHandler(OrderingDbContext db, ISender sender, IFileStore files, TimeProvider clock)
    : IQueryHandler<ListOrderReturnsQuery, IReadOnlyList<ReturnView>>,
      IQueryHandler<ListVendorReturnsQuery, Result<VendorReturnsView>>,
      IQueryHandler<ListAdminReturnsQuery, IReadOnlyList<ReturnView>>,
      IQueryHandler<GetReturnPoliciesQuery, IReadOnlyDictionary<CooperativeId, ReturnPolicyView>>,
      IQueryHandler<GetReturnPhotoQuery, Result<ReturnPhoto>>
{
    private const int Shown = 200;

    public async ValueTask<IReadOnlyList<ReturnView>> Handle(ListOrderReturnsQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var rows = await db.Returns.AsNoTracking()
            .Where(r => r.OrderId == query.OrderId && r.BuyerId == buyer)
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => ReturnView.Of(r, withAccount: true))];
    }

    public async ValueTask<Result<VendorReturnsView>> Handle(ListVendorReturnsQuery query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return Error.NotFound("cooperative.not_found", "Cooperative not found.");
        }

        var returns = db.Returns.AsNoTracking().Where(r => r.CooperativeId == query.CooperativeId);
        if (query.Status is { } status)
        {
            returns = returns.Where(r => r.Status == status);
        }

        // Those waiting for the cooperative's answer first, then the newest.
        var rows = await returns
            .OrderBy(r => r.Status == ReturnStatus.Requested ? 0 : 1)
            .ThenByDescending(r => r.CreatedAt)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        return new VendorReturnsView(
            await ReturnsHandler.PolicyAsync(db, query.CooperativeId, cancellationToken), [.. rows.Select(r => ReturnView.Of(r))]);
    }

    public async ValueTask<IReadOnlyList<ReturnView>> Handle(ListAdminReturnsQuery query, CancellationToken cancellationToken)
    {
        var returns = db.Returns.AsNoTracking();
        if (query.Status is { } status)
        {
            returns = returns.Where(r => r.Status == status);
        }
        else
        {
            var stuck = clock.GetUtcNow().AddHours(-1);
            returns = returns.Where(r => r.Status == ReturnStatus.Disputed
                || r.Status == ReturnStatus.Agreed && (r.ByTransfer && r.TransferredAt == null || r.RefundProblem != null || r.DecidedAt < stuck));
        }

        var rows = await returns
            .OrderBy(r => r.CreatedAt)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => ReturnView.Of(r, withAccount: true))];
    }

    public async ValueTask<IReadOnlyDictionary<CooperativeId, ReturnPolicyView>> Handle(GetReturnPoliciesQuery query, CancellationToken cancellationToken)
    {
        var ids = query.CooperativeIds.Distinct().ToList();
        var set = await db.ReturnPolicies.AsNoTracking().Where(p => ids.Contains(p.CooperativeId)).ToListAsync(cancellationToken);
        return ids.ToDictionary(
            id => id,
            id => set.SingleOrDefault(p => p.CooperativeId == id) is { } p
                ? new ReturnPolicyView(p.Days, p.RefundsDelivery)
                : ReturnPolicyView.Default);
    }

    public async ValueTask<Result<ReturnPhoto>> Handle(GetReturnPhotoQuery query, CancellationToken cancellationToken)
    {
        var request = await db.Returns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.ReturnId, cancellationToken);
        var allowed = request is not null
            && (query.Admin || request.BuyerId == query.ViewerId
                || await sender.Send(new GetVendorStaffRoleQuery(request.CooperativeId, query.ViewerId), cancellationToken) is not null);
        if (!allowed || query.Index < 0 || query.Index >= request!.Photos.Count
            || await files.ReadAsync(request.Photos[query.Index], cancellationToken) is not { } content)
        {
            return ReturnsHandler.NotFound();
        }

        // Kept as the inspector wrote it anew: a JPEG or a PNG.
        return new ReturnPhoto(content, FileSignature.Detect(content.AsSpan(0, Math.Min(16, content.Length))) ?? FileSignature.Jpeg);
    }
}
