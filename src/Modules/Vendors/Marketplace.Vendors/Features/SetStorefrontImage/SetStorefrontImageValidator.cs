using FluentValidation;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Features.Rules;

namespace Marketplace.Vendors.Features.SetStorefrontImage;

internal sealed class SetStorefrontImageValidator : AbstractValidator<SetStorefrontImageCommand>
{
    public SetStorefrontImageValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Image).Document(nameof(SetStorefrontImageCommand.Image));
        RuleFor(c => c.Image.DetectedContentType)
            .Must(type => type is null or FileSignature.Jpeg or FileSignature.Png)
            .OverridePropertyName(nameof(SetStorefrontImageCommand.Image))
            .WithMessage(c => Bilingual.Pick($"Tệp không phải ảnh JPEG hay PNG.", $"The file is not a JPEG or PNG picture."));
    }
}
