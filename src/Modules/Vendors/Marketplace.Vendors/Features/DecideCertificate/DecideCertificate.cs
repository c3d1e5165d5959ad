using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.SubmitCertificate;
using Mediator;

namespace Marketplace.Vendors.Features.DecideCertificate;

/// <summary>An admin's verdict on a certificate, with its audit entry in the same transaction.</summary>
internal sealed class DecideCertificateHandler(VendorsDbContext db, TimeProvider clock) : ICommandHandler<DecideCertificateCommand, Result<CertificateView>>
{
    public async ValueTask<Result<CertificateView>> Handle(DecideCertificateCommand command, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.FindAsync([command.CertificateId], cancellationToken);
        var cooperative = certificate is null ? null : await db.Cooperatives.FindAsync([certificate.CooperativeId], cancellationToken);
        if (certificate is null || cooperative is null)
        {
            return Error.NotFound("certificate.not_found", Bilingual.Pick("Không tìm thấy chứng nhận.", "No such certificate."));
        }

        var now = clock.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        var decided = certificate.Decide(command.Decision, reason, now);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        db.AuditEntries.Add(new AuditEntry(
            Guid.NewGuid(), now, command.ActorUserId, command.ActorName, $"{command.Decision}Certificate", "Certificate", certificate.Id,
            $"{cooperative.Name}: {certificate.Kind} {certificate.Number}", reason, decided.Value.Before.ToString(), decided.Value.After.ToString()));
        return CertificateViews.From(certificate, cooperative.Name, clock.Today());
    }
}
