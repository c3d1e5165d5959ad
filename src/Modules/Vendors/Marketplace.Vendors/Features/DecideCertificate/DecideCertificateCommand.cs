using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.SubmitCertificate;
using Mediator;

namespace Marketplace.Vendors.Features.DecideCertificate;

/// <summary>An admin verifies a certificate, or rejects it with a reason; one audit entry either way.</summary>
internal sealed record DecideCertificateCommand(Guid CertificateId, CertificateDecision Decision, string? Reason, UserId ActorUserId, string ActorName)
    : ICommand<Result<CertificateView>>, IRunsIn<VendorsTransaction>;
