using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;

namespace Marketplace.Vendors.Features.SubmitCertificate;

internal sealed class SubmitCertificateHandler(VendorsDbContext db, Membership membership, IFileStore files, ISender sender, TimeProvider clock)
    : ICommandHandler<SubmitCertificateCommand, Result<CertificateView>>
{
    public async ValueTask<Result<CertificateView>> Handle(SubmitCertificateCommand command, CancellationToken cancellationToken)
    {
        var (cooperative, _) = await membership.FindManagedAsync(command.CooperativeId, command.ActorId, cancellationToken);
        if (cooperative is null)
        {
            return MembershipQueries.NotAMember();
        }

        (ProductId, string)? product = null;
        if (command.ProductId is { } productId)
        {
            var names = await sender.Send(new ListProductNamesQuery(cooperative.Id), cancellationToken);
            if (names.FirstOrDefault(p => p.ProductId == productId) is not { } named)
            {
                return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
                {
                    [nameof(command.ProductId)] = [Bilingual.Pick("Hợp tác xã không có sản phẩm này.", "The cooperative has no such product.")],
                });
            }

            product = (productId, named.Name);
        }

        // As for application documents: written anew from what was read, under a name of ours.
        var kept = command.Document.Document!;
        var contentType = kept.ContentType;
        var key = await files.SaveAsync(kept.Content, FileSignature.Extension(contentType), cancellationToken);
        var certificate = Certificate.Submit(
            Guid.NewGuid(), cooperative.Id, command.Kind, command.OcopStars, command.Number.Trim(), command.Issuer.Trim(),
            command.IssuedOn, command.ExpiresOn, $"chung-nhan{FileSignature.Extension(contentType)}", contentType, key, clock.GetUtcNow(), product);
        db.Certificates.Add(certificate);
        return CertificateViews.From(certificate, cooperative.Name, clock.Today());
    }
}
