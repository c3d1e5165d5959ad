using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Vendors.Features.EditStorefront;

internal sealed class EditStorefrontValidator : AbstractValidator<EditStorefrontCommand>
{
    public EditStorefrontValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200).WithName(_ => Bilingual.Pick("Tên gian hàng", "Storefront name"));
        RuleFor(c => c.Slug)
            .MaximumLength(200)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .When(c => !string.IsNullOrWhiteSpace(c.Slug))
            .WithMessage(_ => Bilingual.Pick(
                "Địa chỉ gian hàng chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ htx-suoi-giang).",
                "The storefront address has only lower-case letters without accents, digits and hyphens (for example htx-suoi-giang)."));
        RuleFor(c => c.Tagline).MaximumLength(300);
        RuleFor(c => c.Story).MaximumLength(4000);
        RuleFor(c => c.StoryEnglish).MaximumLength(4000);
        RuleFor(c => c.ContactPerson).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Người liên hệ", "Contact person"));
        RuleFor(c => c.Phone).VietnamesePhone();
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName("E-mail");
        RuleFor(c => c.Province).Province();
        RuleFor(c => c.Commune).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Xã, phường", "Commune"));
        RuleFor(c => c.Address).NotEmpty().MaximumLength(300).WithName(_ => Bilingual.Pick("Địa chỉ", "Address"));
    }
}
