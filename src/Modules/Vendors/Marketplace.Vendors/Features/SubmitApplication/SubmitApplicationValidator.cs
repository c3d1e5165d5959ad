using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Features.Rules;

namespace Marketplace.Vendors.Features.SubmitApplication;

internal sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplicationCommand>
{
    public const int MaxDocuments = 5;

    public SubmitApplicationValidator()
    {
        RuleFor(c => c.ApplicantEmail).NotEmpty().EmailAddress();
        RuleFor(c => c.LegalName).NotEmpty().MaximumLength(200).WithName(_ => Bilingual.Pick("Tên hợp tác xã", "Legal name"));
        RuleFor(c => c.RegistrationNumber).NotEmpty().MaximumLength(50).WithName(_ => Bilingual.Pick("Số đăng ký HTX", "Registration number"));
        RuleFor(c => c.TaxCode).VietnameseTaxCode();
        RuleFor(c => c.Province).Province();
        RuleFor(c => c.Commune).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Xã, phường", "Commune"));
        RuleFor(c => c.Address).NotEmpty().MaximumLength(300).WithName(_ => Bilingual.Pick("Địa chỉ", "Address"));
        RuleFor(c => c.ContactPerson).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Người liên hệ", "Contact person"));
        RuleFor(c => c.Phone).VietnamesePhone();
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName("E-mail");
        RuleFor(c => c.Story).MaximumLength(4000);
        RuleFor(c => c.Culture).Must(c => c is "vi" or "en");
        RuleFor(c => c.Documents)
            .NotEmpty()
            .WithMessage(_ => Bilingual.Pick(
                "Hãy đính kèm ít nhất một giấy tờ (PDF, JPEG hoặc PNG).", "Attach at least one document (PDF, JPEG or PNG)."))
            .Must(d => d.Count <= MaxDocuments)
            .WithMessage(_ => Bilingual.Pick($"Tối đa {MaxDocuments} tệp.", $"At most {MaxDocuments} files."));
        RuleForEach(c => c.Documents).Document(nameof(SubmitApplicationCommand.Documents));
    }
}
