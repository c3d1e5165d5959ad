using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.SubmitCertificate;
using Mediator;

namespace Marketplace.Vendors.Features.ListCertificates;

internal sealed class ListCertificatesHandler(VendorsDbContext db, Membership membership, TimeProvider clock)
    : IQueryHandler<ListCertificatesQuery, Result<IReadOnlyList<CertificateView>>>,
      IQueryHandler<ListCertificateQueueQuery, IReadOnlyList<CertificateView>>
{
    public async ValueTask<Result<IReadOnlyList<CertificateView>>> Handle(ListCertificatesQuery query, CancellationToken cancellationToken)
    {
        if (await membership.RoleOfAsync(query.CooperativeId, query.ActorId, cancellationToken) is null)
        {
            return MembershipQueries.NotAMember();
        }

        var list = await db.ListAsync(db.Certificates.Where(c => c.CooperativeId == query.CooperativeId), clock.Today(), cancellationToken);
        return Result<IReadOnlyList<CertificateView>>.Success(list);
    }

    public async ValueTask<IReadOnlyList<CertificateView>> Handle(ListCertificateQueueQuery query, CancellationToken cancellationToken)
    {
        var certificates = db.Certificates.AsQueryable();
        if (Enum.TryParse<CertificateStatus>(query.Status, ignoreCase: true, out var status))
        {
            certificates = certificates.Where(c => c.Status == status);
        }

        return await db.ListAsync(certificates, clock.Today(), cancellationToken);
    }
}
