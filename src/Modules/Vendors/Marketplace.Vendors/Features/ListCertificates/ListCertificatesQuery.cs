using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Features.SubmitCertificate;
using Mediator;

namespace Marketplace.Vendors.Features.ListCertificates;

/// <summary>A cooperative's certificates, for its own people; "not found" for anyone else.</summary>
internal sealed record ListCertificatesQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<IReadOnlyList<CertificateView>>>;
