using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.SetShippingTerms;

/// <summary>A cooperative's delivery terms (its own fee, where it delivers itself, its carriers, the free-delivery threshold): set by its people.</summary>
internal sealed class ShippingTermsHandler(VendorsDbContext db, Membership membership)
    : ICommandHandler<SetShippingTermsCommand, Result<Contracts.ShippingTerms>>,
      IQueryHandler<GetShippingTermsQuery, IReadOnlyDictionary<CooperativeId, Contracts.ShippingTerms>>
{
    public async ValueTask<Result<Contracts.ShippingTerms>> Handle(SetShippingTermsCommand command, CancellationToken cancellationToken)
    {
        var (cooperative, _) = await membership.FindManagedAsync(command.CooperativeId, command.ActorId, cancellationToken);
        if (cooperative is null)
        {
            return MembershipQueries.NotAMember();
        }

        var set = cooperative.SetShippingTerms(
            command.FeeVnd,
            command.FreeFromVnd,
            command.OwnDelivery ?? cooperative.OwnDelivery,
            command.Carriers is null ? cooperative.Carriers : CarrierChoices.Of(command.Carriers));
        return set.IsSuccess ? TermsOf(cooperative) : set.Error!;
    }

    public async ValueTask<IReadOnlyDictionary<CooperativeId, Contracts.ShippingTerms>> Handle(GetShippingTermsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.CooperativeIds.Distinct().ToList();
        var terms = await db.Cooperatives.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.ShippingFeeVnd, c.FreeShippingFromVnd, c.OwnDelivery, c.Carriers })
            .ToListAsync(cancellationToken);
        return terms.ToDictionary(c => c.Id, c => Terms(c.ShippingFeeVnd, c.FreeShippingFromVnd, c.OwnDelivery, c.Carriers));
    }

    public static Contracts.ShippingTerms TermsOf(Cooperative c) => Terms(c.ShippingFeeVnd, c.FreeShippingFromVnd, c.OwnDelivery, c.Carriers);

    private static Contracts.ShippingTerms Terms(long feeVnd, long? freeFromVnd, OwnDelivery own, CarrierChoice carriers) =>
        new(Money.Dong(feeVnd), freeFromVnd is { } free ? Money.Dong(free) : null)
        {
            OwnDelivery = own,
            Carriers = carriers.List(),
        };
}
