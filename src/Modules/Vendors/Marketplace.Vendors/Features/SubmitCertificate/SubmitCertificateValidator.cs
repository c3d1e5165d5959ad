using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.Rules;

namespace Marketplace.Vendors.Features.SubmitCertificate;

internal sealed class SubmitCertificateValidator : AbstractValidator<SubmitCertificateCommand>
{
    public SubmitCertificateValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.OcopStars)
            .Must(stars => stars is >= 1 and <= 5)
            .When(c => c.Kind == CertificationKind.Ocop)
            .WithMessage(_ => Bilingual.Pick("Chứng nhận OCOP phải có từ 1 đến 5 sao.", "An OCOP certificate has 1 to 5 stars."));
        RuleFor(c => c.ProductId)
            .NotNull()
            .When(c => c.Kind == CertificationKind.Ocop)
            .WithMessage(_ => Bilingual.Pick(
                "OCOP xếp hạng từng sản phẩm: hãy chọn sản phẩm được chứng nhận.",
                "OCOP rates one product: choose the product it was given to."));
        RuleFor(c => c.Number).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Số chứng nhận", "Certificate number"));
        RuleFor(c => c.Issuer).NotEmpty().MaximumLength(200).WithName(_ => Bilingual.Pick("Nơi cấp", "Issuer"));
        RuleFor(c => c.IssuedOn).NotEqual(default(DateOnly)).WithName(_ => Bilingual.Pick("Ngày cấp", "Issue date"));
        RuleFor(c => c.ExpiresOn)
            .GreaterThan(c => c.IssuedOn)
            .WithMessage(_ => Bilingual.Pick("Ngày hết hạn phải sau ngày cấp.", "The expiry date must be after the issue date."));
        RuleFor(c => c.Document).Document(nameof(SubmitCertificateCommand.Document));
    }
}
