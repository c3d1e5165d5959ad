using FluentValidation;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Features.SubmitApplication;

internal sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplicationCommand>
{
    public const int MaxDocuments = 5;

    public SubmitApplicationValidator()
    {
        RuleFor(c => c.ApplicantEmail).NotEmpty().EmailAddress();
        RuleFor(c => c.LegalName).NotEmpty().MaximumLength(200).WithName(_ => Bilingual.Pick("Tên hợp tác xã", "Legal name"));
        RuleFor(c => c.RegistrationNumber).NotEmpty().MaximumLength(50).WithName(_ => Bilingual.Pick("Số đăng ký HTX", "Registration number"));
        RuleFor(c => c.TaxCode)
            .Must(TaxCode.IsValid)
            .WithMessage(_ => Bilingual.Pick(
                "Mã số thuế phải có 10 chữ số (hoặc 13, có mã chi nhánh: 0100107518-001) và đúng chữ số kiểm tra.",
                "The tax code must have 10 digits (or 13 with a branch number: 0100107518-001) and a correct check digit."));
        RuleFor(c => c.Province)
            .Must(Provinces.Contains)
            .WithMessage(_ => Bilingual.Pick("Hãy chọn một trong 34 tỉnh, thành phố.", "Choose one of the 34 provinces and cities."));
        RuleFor(c => c.Commune).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Xã, phường", "Commune"));
        RuleFor(c => c.Address).NotEmpty().MaximumLength(300).WithName(_ => Bilingual.Pick("Địa chỉ", "Address"));
        RuleFor(c => c.ContactPerson).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Người liên hệ", "Contact person"));
        RuleFor(c => c.Phone)
            .Must(p => PhoneNumber.Normalize(p) is not null)
            .WithMessage(_ => Bilingual.Pick(
                "Số điện thoại không đúng (ví dụ 0912 345 678, +84 912 345 678 hoặc 0206 3852 123).",
                "Not a Vietnamese phone number (for example 0912 345 678, +84 912 345 678 or 0206 3852 123)."));
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName("E-mail");
        RuleFor(c => c.Story).MaximumLength(4000);
        RuleFor(c => c.Culture).Must(c => c is "vi" or "en");
        RuleFor(c => c.Documents)
            .NotEmpty()
            .WithMessage(_ => Bilingual.Pick("Hãy đính kèm ít nhất một giấy tờ (PDF, JPEG hoặc PNG).", "Attach at least one document (PDF, JPEG or PNG)."))
            .Must(d => d.Count <= MaxDocuments)
            .WithMessage(_ => Bilingual.Pick($"Tối đa {MaxDocuments} tệp.", $"At most {MaxDocuments} files."));
        RuleForEach(c => c.Documents).ChildRules(document =>
        {
            document.RuleFor(d => d.Content.Length)
                .LessThanOrEqualTo((int)UploadedFile.MaxDocumentBytes)
                .WithMessage(d => Bilingual.Pick($"Tệp {d.FileName} lớn hơn 5 MB.", $"The file {d.FileName} is larger than 5 MB."))
                .GreaterThan(0)
                .WithMessage(d => Bilingual.Pick($"Tệp {d.FileName} trống.", $"The file {d.FileName} is empty."));
            document.RuleFor(d => d.DetectedContentType)
                .NotNull()
                .WithMessage(d => Bilingual.Pick($"Tệp {d.FileName} không phải PDF, JPEG hay PNG.", $"The file {d.FileName} is not a PDF, JPEG or PNG."));
        }).OverridePropertyName(nameof(SubmitApplicationCommand.Documents));
    }
}
