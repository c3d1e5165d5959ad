using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using SkiaSharp;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>
/// Adds a picture as two re-encoded JPEGs (1200 px for the product page, 400 × 400 for cards)
/// and removes one; the files go only after the database no longer points at them.
/// </summary>
internal sealed class ProductImagesHandler(CatalogDbContext db, ISender sender, IFileStore files, TimeProvider clock)
    : ICommandHandler<AddProductImageCommand, Result<ProductForEditing>>,
      ICommandHandler<RemoveProductImageCommand, Result<ProductForEditing>>
{
    public const int MaxImages = 8;

    public async ValueTask<Result<ProductForEditing>> Handle(AddProductImageCommand command, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, command.ProductId, command.ActorId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        if (product.Images.Count >= MaxImages)
        {
            return Error.Rule("product.too_many_images", Bilingual.Pick(
                $"Mỗi sản phẩm có tối đa {MaxImages} ảnh.", $"A product has at most {MaxImages} pictures."));
        }

        var large = ImageResizer.Resize(command.Image.Content, 1200, 1200, ImageFit.Contain, SKEncodedImageFormat.Jpeg);
        var thumbnail = large is null ? null : ImageResizer.Resize(command.Image.Content, 400, 400, ImageFit.Cover, SKEncodedImageFormat.Jpeg);
        if (large is null || thumbnail is null)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [nameof(command.Image)] = [Bilingual.Pick(
                    $"Không đọc được ảnh này: hãy dùng ảnh JPEG hoặc PNG.",
                    $"The picture cannot be read: use a JPEG or PNG picture.")],
            });
        }

        var key = await files.SaveAsync(large, ".jpg", cancellationToken);
        var thumbnailKey = await files.SaveAsync(thumbnail, ".jpg", cancellationToken);
        var image = new ProductImage(Guid.NewGuid(), product.Id, key, thumbnailKey, product.Images.Count == 0 ? 0 : product.Images.Max(i => i.Position) + 1);
        product.AddImage(image);
        db.Images.Add(image);
        return await db.ForEditingAsync(product, clock, cancellationToken);
    }

    public async ValueTask<Result<ProductForEditing>> Handle(RemoveProductImageCommand command, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, command.ProductId, command.ActorId, cancellationToken);
        var image = product?.RemoveImage(command.ImageId);
        if (product is null || image is null)
        {
            return ProductAccess.NotFound();
        }

        db.Images.Remove(image);
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteAsync(image.Key, cancellationToken);
        await files.DeleteAsync(image.ThumbnailKey, cancellationToken);
        return await db.ForEditingAsync(product, clock, cancellationToken);
    }
}
