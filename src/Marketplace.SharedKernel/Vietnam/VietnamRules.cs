using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.SharedKernel.Vietnam;

/// <summary>Vietnamese tax codes, phone numbers and provinces, checked and worded once for every module's validators.</summary>
public static class VietnamRules
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
}
