using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.SubmitCertificate;

/// <summary>
/// A member uploads a certificate (PDF, JPEG or PNG) for an admin to verify, for the whole
/// cooperative or for one of its products (an OCOP rating is always a product's).
/// </summary>
internal sealed record SubmitCertificateCommand(
    CooperativeId CooperativeId,
    UserId ActorId,
    CertificationKind Kind,
    int? OcopStars,
    string Number,
    string Issuer,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    UploadedFile Document,
    ProductId? ProductId = null) : ICommand<Result<CertificateView>>, IRunsIn<VendorsTransaction>;
