using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Vouchers;

/// <summary>A voucher as its issuer reads it: its terms, how many orders used it and how much it took off them, and whether it can be used now.</summary>
internal sealed record VoucherView(
    Guid VoucherId,
    string Code,
    string Title,
    CooperativeId? CooperativeId,
    VoucherKind Kind,
    int PercentOff,
    long AmountOffVnd,
    long? MaxDiscountVnd,
    long MinSpendVnd,
    int? TotalLimit,
    int PerBuyerLimit,
    int Used,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    VoucherAudience Audience,
    int AllianceSharePercent,
    bool Live,
    DateTimeOffset? EndedAt)
{
    public long DiscountGivenVnd { get; init; }

    public static VoucherView Of(Voucher v, DateTimeOffset now) => new(
        v.Id, v.Code, v.Title, v.CooperativeId, v.Kind, v.PercentOff, v.AmountOffVnd, v.MaxDiscountVnd, v.MinSpendVnd, v.TotalLimit, v.PerBuyerLimit,
        v.Used, v.StartsAt, v.EndsAt, v.Audience, v.AllianceSharePercent, v.Unusable(now, businessBuyer: v.Audience == VoucherAudience.BusinessBuyers) is null,
        v.EndedAt);
}

/// <summary>The alliance's vouchers (<see cref="CooperativeId"/> null, for admins), or one cooperative's, for its people; newest first.</summary>
internal sealed record ListVouchersQuery(CooperativeId? CooperativeId, UserId ActorId) : IQuery<Result<IReadOnlyList<VoucherView>>>;

/// <summary>Ends a voucher before its date: no order may use it from then on; orders that did keep their discount.</summary>
internal sealed record EndVoucherCommand(CooperativeId? CooperativeId, UserId ActorId, Guid VoucherId)
    : ICommand<Result<VoucherView>>, IRunsIn<OrderingTransaction>;

internal static class VoucherErrors
{
    public static readonly Error OwnersOnly = Error.Forbidden("voucher.owners_only", Bilingual.Pick(
        "Chỉ chủ hợp tác xã được tạo hoặc dừng mã giảm giá.", "Only the cooperative's owners may issue or end its vouchers."));
}

internal sealed class VouchersHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListVouchersQuery, Result<IReadOnlyList<VoucherView>>>,
      ICommandHandler<EndVoucherCommand, Result<VoucherView>>
{
    public async ValueTask<Result<IReadOnlyList<VoucherView>>> Handle(ListVouchersQuery query, CancellationToken cancellationToken)
    {
        if (!await MayActAsync(query.CooperativeId, query.ActorId, cancellationToken))
        {
            return CooperativeErrors.NotFound;
        }

        var vouchers = await db.Vouchers.AsNoTracking().Where(v => v.CooperativeId == query.CooperativeId)
            .OrderByDescending(v => v.CreatedAt).Take(500).ToListAsync(cancellationToken);
        var ids = vouchers.Select(v => v.Id).ToList();
        var given = await db.VoucherRedemptions.AsNoTracking().Where(r => ids.Contains(r.VoucherId))
            .GroupBy(r => r.VoucherId).Select(g => new { g.Key, Sum = g.Sum(r => r.DiscountVnd) })
            .ToDictionaryAsync(g => g.Key, g => g.Sum, cancellationToken);
        var now = clock.GetUtcNow();
        return vouchers.Select(v => VoucherView.Of(v, now) with { DiscountGivenVnd = given.GetValueOrDefault(v.Id) }).ToList();
    }

    public async ValueTask<Result<VoucherView>> Handle(EndVoucherCommand command, CancellationToken cancellationToken)
    {
        if (!await MayActAsync(command.CooperativeId, command.ActorId, cancellationToken))
        {
            return CooperativeErrors.NotFound;
        }

        if (command.CooperativeId is { } cooperative
            && await sender.Send(new GetVendorStaffRoleQuery(cooperative, command.ActorId), cancellationToken) != StaffRole.Owner)
        {
            return VoucherErrors.OwnersOnly;
        }

        var voucher = await db.Vouchers.SingleOrDefaultAsync(v => v.Id == command.VoucherId && v.CooperativeId == command.CooperativeId, cancellationToken);
        if (voucher is null)
        {
            return Error.NotFound("voucher.not_found", Bilingual.Pick("Không có mã giảm giá này.", "There is no such voucher."));
        }

        var now = clock.GetUtcNow();
        voucher.End(now);
        return VoucherView.Of(voucher, now);
    }

    /// <summary>The alliance's vouchers are the admins' (the endpoint and page check the role); a cooperative's, its people's.</summary>
    private async Task<bool> MayActAsync(CooperativeId? cooperativeId, UserId actor, CancellationToken cancellationToken) =>
        cooperativeId is not { } cooperative || await sender.Send(new GetVendorStaffRoleQuery(cooperative, actor), cancellationToken) is not null;
}
