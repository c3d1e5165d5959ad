using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.GetCertificateDocument;

internal sealed class GetCertificateDocumentHandler(VendorsDbContext db, Membership membership, IFileStore files)
    : IQueryHandler<GetCertificateDocumentQuery, Result<DocumentContent>>
{
    public async ValueTask<Result<DocumentContent>> Handle(GetCertificateDocumentQuery query, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CertificateId, cancellationToken);
        if (certificate is null
            || (!query.RequesterIsAdmin && await membership.RoleOfAsync(certificate.CooperativeId, query.Requester, cancellationToken) is null))
        {
            return NotFound();
        }

        var content = await files.ReadAsync(certificate.StorageKey, cancellationToken);
        return content is null ? NotFound() : new DocumentContent(certificate.FileName, certificate.ContentType, content);
    }

    private static Error NotFound() =>
        Error.NotFound("document.not_found", Bilingual.Pick("Không tìm thấy tệp.", "No such file."));
}
