using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.GetApplicationDocument;

internal sealed class GetApplicationDocumentHandler(VendorsDbContext db, Membership membership, IFileStore files)
    : IQueryHandler<GetApplicationDocumentQuery, Result<DocumentContent>>
{
    public async ValueTask<Result<DocumentContent>> Handle(GetApplicationDocumentQuery query, CancellationToken cancellationToken)
    {
        var document = await db.Set<Domain.ApplicationDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.DocumentId, cancellationToken);
        if (document is null || (!query.RequesterIsAdmin && await membership.RoleOfAsync(document.CooperativeId, query.Requester, cancellationToken) is null))
        {
            return NotFound();
        }

        var content = await files.ReadAsync(document.StorageKey, cancellationToken);
        return content is null ? NotFound() : new DocumentContent(document.FileName, document.ContentType, content);
    }

    private static Error NotFound() =>
        Error.NotFound("document.not_found", Bilingual.Pick("Không tìm thấy tệp.", "No such file."));
}
