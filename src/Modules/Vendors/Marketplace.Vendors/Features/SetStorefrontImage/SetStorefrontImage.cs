using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Features.EditStorefront;
using Mediator;
using SkiaSharp;

namespace Marketplace.Vendors.Features.SetStorefrontImage;

/// <summary>
/// Resizes a new logo (at most 256 × 256, PNG) or banner (1600 × 400, cropped, JPEG) and keeps
/// only the resized picture; the old one is deleted once the new one is saved.
/// </summary>
internal sealed class SetStorefrontImageHandler(VendorsDbContext db, Membership membership, IFileStore files)
    : ICommandHandler<SetStorefrontImageCommand, Result<StorefrontSettings>>
{
    public async ValueTask<Result<StorefrontSettings>> Handle(SetStorefrontImageCommand command, CancellationToken cancellationToken)
    {
        var (cooperative, role) = await membership.FindManagedAsync(command.CooperativeId, command.ActorId, cancellationToken);
        if (cooperative is null)
        {
            return MembershipQueries.NotAMember();
        }

        var logo = command.Kind == StorefrontImageKind.Logo;
        var resized = logo
            ? ImageResizer.Resize(command.Image.Content, 256, 256, ImageFit.Contain, SKEncodedImageFormat.Png)
            : ImageResizer.Resize(command.Image.Content, 1600, 400, ImageFit.Cover, SKEncodedImageFormat.Jpeg);
        if (resized is null)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [nameof(command.Image)] = [Bilingual.Pick(
                    $"Không đọc được ảnh này: hãy dùng ảnh JPEG hoặc PNG.",
                    $"The picture cannot be read: use a JPEG or PNG picture.")],
            });
        }

        var key = await files.SaveAsync(resized, logo ? ".png" : ".jpg", cancellationToken);
        var replaced = cooperative.ReplaceImage(command.Kind, key);
        if (!replaced.IsSuccess)
        {
            await files.DeleteAsync(key, cancellationToken);
            return replaced.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (replaced.Value is { } previous)
        {
            await files.DeleteAsync(previous, cancellationToken);
        }

        return StorefrontViews.Settings(cooperative, role);
    }
}
