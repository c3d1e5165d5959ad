using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.SetShippingTerms;

/// <summary>A cooperative's delivery fee and free-delivery threshold: set by its people, read by checkout.</summary>
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

        var set = cooperative.SetShippingTerms(command.FeeVnd, command.FreeFromVnd);
        return set.IsSuccess ? TermsOf(cooperative) : set.Error!;
    }

    public async ValueTask<IReadOnlyDictionary<CooperativeId, Contracts.ShippingTerms>> Handle(GetShippingTermsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.CooperativeIds.Distinct().ToList();
        // Only the two fields: every cart and checkout asks.
        var terms = await db.Cooperatives.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.ShippingFeeVnd, c.FreeShippingFromVnd })
            .ToListAsync(cancellationToken);
        return terms.ToDictionary(
            c => c.Id, c => new Contracts.ShippingTerms(Money.Dong(c.ShippingFeeVnd), c.FreeShippingFromVnd is { } free ? Money.Dong(free) : null));
    }

    public static Contracts.ShippingTerms TermsOf(Cooperative c) =>
        new(Money.Dong(c.ShippingFeeVnd), c.FreeShippingFromVnd is { } free ? Money.Dong(free) : null);
}
