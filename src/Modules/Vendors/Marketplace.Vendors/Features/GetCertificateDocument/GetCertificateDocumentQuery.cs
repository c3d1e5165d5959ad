using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;

namespace Marketplace.Vendors.Features.GetCertificateDocument;

/// <summary>The scan of a certificate, for an admin or the cooperative's own people.</summary>
internal sealed record GetCertificateDocumentQuery(Guid CertificateId, UserId Requester, bool RequesterIsAdmin) : IQuery<Result<DocumentContent>>;
