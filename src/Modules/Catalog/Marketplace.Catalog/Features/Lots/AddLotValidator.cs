using FluentValidation;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Catalog.Features.Lots;

internal sealed class AddLotValidator : AbstractValidator<AddLotCommand>
{
    public AddLotValidator(TimeProvider clock)
    {
        RuleFor(c => c.Code)
            .NotEmpty()
            .MaximumLength(50)
            .Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$")
            .WithMessage(_ => Bilingual.Pick(
                "Mã lô gồm chữ không dấu, chữ số, dấu chấm hoặc gạch ngang.",
                "A lot code has letters without accents, digits, dots or hyphens."));
        RuleFor(c => c.ProducedOn)
            .NotEqual(default(DateOnly))
            .Must(d => d <= clock.Today())
            .WithMessage(_ => Bilingual.Pick(
                "Ngày thu hoạch hoặc chế biến không thể ở tương lai.", "The harvest or processing date cannot be in the future."));
        RuleFor(c => c.ExpiresOn)
            .GreaterThan(c => c.ProducedOn)
            .When(c => c.ExpiresOn is not null)
            .WithMessage(_ => Bilingual.Pick("Hạn sử dụng phải sau ngày sản xuất.", "The expiry date must be after the production date."));
        RuleFor(c => c.Commune).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Xã, phường", "Commune"));
        RuleFor(c => c.Province).Province();
        RuleFor(c => c.Quantity).InclusiveBetween(1, 100_000_000).WithName(_ => Bilingual.Pick("Sản lượng", "Quantity"));
        RuleFor(c => c.QuantityUnit)
            .Must(u => SaleUnitCodes.FromCode(u) is not null)
            .WithMessage(_ => Bilingual.Pick(
                "Đơn vị phải là g, kg, yến, tạ, tấn, túi hoặc thùng.", "The unit must be g, kg, yến, tạ, tấn, bag or box."));
        RuleFor(c => c.Notes).MaximumLength(1000).WithName(_ => Bilingual.Pick("Ghi chú", "Notes"));
    }
}
