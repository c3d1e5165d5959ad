using FluentValidation;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.ManageProducts;

internal sealed class AddProductImageValidator : AbstractValidator<AddProductImageCommand>
{
    public AddProductImageValidator() =>
        RuleFor(c => c.Image)
            .Must(i => i.Content.Length is > 0 and <= (int)UploadedFile.MaxDocumentBytes && i.DetectedContentType is FileSignature.Jpeg or FileSignature.Png)
            .WithMessage(c => Bilingual.Pick(
                $"Tệp phải là ảnh JPEG hoặc PNG, không quá 5 MB.",
                $"The file must be a JPEG or PNG picture of at most 5 MB."));
}
