using FluentValidation;
using FluentValidation.Results;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Vendors.Features.Rules;

/// <summary>The checks several Vendors forms share, worded once in both languages.</summary>
internal static class VendorRules
{
    public static IRuleBuilderOptions<T, string> VietnameseTaxCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(TaxCode.IsValid).WithMessage(_ => Bilingual.Pick(
            "Mã số thuế phải có 10 chữ số (hoặc 13, có mã chi nhánh: 0100107518-001) và đúng chữ số kiểm tra.",
            "The tax code must have 10 digits (or 13 with a branch number: 0100107518-001) and a correct check digit."));

    public static IRuleBuilderOptions<T, string> VietnamesePhone<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(p => PhoneNumber.Normalize(p) is not null).WithMessage(_ => Bilingual.Pick(
            "Số điện thoại không đúng (ví dụ 0912 345 678, +84 912 345 678 hoặc 0206 3852 123).",
            "Not a Vietnamese phone number (for example 0912 345 678, +84 912 345 678 or 0206 3852 123)."));

    public static IRuleBuilderOptions<T, string> Province<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(Provinces.Contains).WithMessage(_ => Bilingual.Pick(
            "Hãy chọn một trong 34 tỉnh, thành phố.",
            "Choose one of the 34 provinces and cities."));

    /// <summary>A PDF, JPEG or PNG of at most 5 MB, judged by its content, not its name; one reason at a time, reported under <paramref name="field"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, UploadedFile> Document<T>(this IRuleBuilder<T, UploadedFile> rule, string field) =>
        rule.Custom((file, context) =>
        {
            var reason = file.Content.Length == 0 ? Bilingual.Pick($"Tệp {file.FileName} trống.", $"The file {file.FileName} is empty.")
                : file.Content.Length > UploadedFile.MaxDocumentBytes ? Bilingual.Pick($"Tệp {file.FileName} lớn hơn 5 MB.", $"The file {file.FileName} is larger than 5 MB.")
                : file.DetectedContentType is null ? Bilingual.Pick($"Tệp {file.FileName} không phải PDF, JPEG hay PNG.", $"The file {file.FileName} is not a PDF, JPEG or PNG.")
                : null;
            if (reason is not null)
            {
                context.AddFailure(new ValidationFailure(field, reason)); // as named, not under "Documents[0]."
            }
        });
}
