using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.GetStorefrontImage;

/// <summary>A logo or banner, only while its storefront is public: a suspended storefront's pictures go too.</summary>
internal sealed class GetStorefrontImageHandler(VendorsDbContext db, IFileStore files) : IQueryHandler<GetStorefrontImageQuery, Result<DocumentContent>>
{
    public async ValueTask<Result<DocumentContent>> Handle(GetStorefrontImageQuery query, CancellationToken cancellationToken)
    {
        var isPublic = await db.Cooperatives.AnyAsync(
            c => c.Status == CooperativeStatus.Approved && (c.LogoKey == query.Key || c.BannerKey == query.Key), cancellationToken);
        var content = isPublic ? await files.ReadAsync(query.Key, cancellationToken) : null;
        if (content is null)
        {
            return Error.NotFound("image.not_found", Bilingual.Pick("Không tìm thấy ảnh.", "No such picture."));
        }

        return new DocumentContent(query.Key, query.Key.EndsWith(".png", StringComparison.Ordinal) ? FileSignature.Png : FileSignature.Jpeg, content);
    }
}
