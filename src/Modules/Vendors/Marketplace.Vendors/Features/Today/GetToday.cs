using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.Today;

/// <summary>A verified certificate that lapses soon: the cooperative renews it before its badge goes.</summary>
internal sealed record ExpiringCertificate(Guid CertificateId, CertificationKind Kind, int? OcopStars, string Number, DateOnly ExpiresOn, int DaysLeft);

/// <summary>
/// Everything a cooperative's person should look at first, from every module, each with the
/// place to act: orders to confirm, pack and ship, requests to answer, variants running out,
/// certificates lapsing within 30 days, and the balance the alliance owes.
/// </summary>
internal sealed record TodayView(
    CooperativeId CooperativeId,
    string Name,
    VendorWorkload Orders,
    IReadOnlyList<LowStockVariant> LowStock,
    IReadOnlyList<ExpiringCertificate> ExpiringCertificates,
    Money Balance,
    FirstSteps FirstSteps)
{
    /// <summary>Customers' conversations waiting for the cooperative's answer.</summary>
    public int MessagesWaiting { get; init; }
}

/// <summary>
/// What a new cooperative has left to do before it sells well: a storefront that presents it (a
/// logo and a line about it), a first product on sale, and the account its money is paid to.
/// </summary>
internal sealed record FirstSteps(bool Storefront, bool FirstProduct, bool PayoutAccount)
{
    public bool Done => Storefront && FirstProduct && PayoutAccount;
}

internal sealed record GetTodayQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<TodayView>>;

internal sealed class GetTodayHandler(VendorsDbContext db, ISender sender, TimeProvider clock) : IQueryHandler<GetTodayQuery, Result<TodayView>>
{
    /// <summary>A variant with this many units or fewer is running out.</summary>
    public const int LowStockAtMost = 5;

    public const int CertificateWarningDays = 30;

    public async ValueTask<Result<TodayView>> Handle(GetTodayQuery query, CancellationToken cancellationToken)
    {
        var cooperative = await db.Cooperatives.AsNoTracking()
            .Where(c => c.Id == query.CooperativeId)
            .Select(c => new { c.Name, c.LegalName, Presented = c.LogoKey != null && c.Tagline != string.Empty })
            .SingleOrDefaultAsync(cancellationToken);
        if (cooperative is null || await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        var today = clock.Today();
        var until = today.AddDays(CertificateWarningDays);
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.CooperativeId == query.CooperativeId && c.Status == CertificateStatus.Verified && c.ExpiresOn >= today && c.ExpiresOn <= until)
            .OrderBy(c => c.ExpiresOn)
            .ToListAsync(cancellationToken);
        return new TodayView(
            query.CooperativeId,
            string.IsNullOrWhiteSpace(cooperative.Name) ? cooperative.LegalName : cooperative.Name,
            await sender.Send(new GetVendorWorkloadQuery(query.CooperativeId), cancellationToken),
            await sender.Send(new ListLowStockQuery(query.CooperativeId, LowStockAtMost), cancellationToken),
            certificates
                .Select(c => new ExpiringCertificate(c.Id, c.Kind, c.OcopStars, c.Number, c.ExpiresOn, c.ExpiresOn.DayNumber - today.DayNumber))
                .ToList(),
            await sender.Send(new GetVendorBalanceQuery(query.CooperativeId), cancellationToken),
            new FirstSteps(
                cooperative.Presented,
                (await sender.Send(new ListVendorProductsQuery(query.CooperativeId), cancellationToken)).Count > 0,
                await sender.Send(new HasPayoutAccountQuery(query.CooperativeId), cancellationToken)))
        {
            MessagesWaiting = await db.Conversations.CountAsync(c => c.CooperativeId == query.CooperativeId && c.AwaitingCooperative, cancellationToken),
        };
    }
}
