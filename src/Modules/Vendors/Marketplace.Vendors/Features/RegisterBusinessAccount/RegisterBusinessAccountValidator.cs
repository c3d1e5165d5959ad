using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Features.RegisterBusinessAccount;

internal sealed class RegisterBusinessAccountValidator : AbstractValidator<RegisterBusinessAccountCommand>
{
    public RegisterBusinessAccountValidator()
    {
        RuleFor(c => c.AccountEmail).NotEmpty().EmailAddress();
        RuleFor(c => c.CompanyName).NotEmpty().MaximumLength(200).WithName(_ => Bilingual.Pick("Tên doanh nghiệp", "Company name"));
        RuleFor(c => c.TaxCode).VietnameseTaxCode();
        RuleFor(c => c.Address).NotEmpty().MaximumLength(300).WithName(_ => Bilingual.Pick("Địa chỉ", "Address"));
        RuleFor(c => c.ContactPerson).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Người liên hệ", "Contact person"));
        RuleFor(c => c.Phone).VietnamesePhone();
    }
}
