using FluentValidation;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.Sales;

/// <summary>What a sale needs whatever the variant: a price, and two dates in order at most <see cref="VariantSalesHandler.MaxDays"/> apart.</summary>
internal sealed class PutVariantOnSaleValidator : AbstractValidator<PutVariantOnSaleCommand>
{
    public PutVariantOnSaleValidator()
    {
        RuleFor(c => c.PriceVnd)
            .InclusiveBetween(1, SaveVariantValidator.MaxPriceVnd)
            .WithMessage(_ => Bilingual.Pick("Hãy nhập giá khuyến mãi, bằng đồng.", "Enter the sale price, in đồng."));
        RuleFor(c => c.From)
            .NotNull()
            .WithMessage(_ => Bilingual.Pick("Hãy chọn ngày bắt đầu.", "Choose the first day."));
        RuleFor(c => c.Until)
            .NotNull()
            .WithMessage(_ => Bilingual.Pick("Hãy chọn ngày kết thúc.", "Choose the last day."));
        RuleFor(c => c.Until)
            .Must((c, until) => until >= c.From)
            .When(c => c.From is not null && c.Until is not null)
            .WithMessage(_ => Bilingual.Pick("Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The last day must be on or after the first."));
        RuleFor(c => c.Until)
            .Must((c, until) => until!.Value.DayNumber - c.From!.Value.DayNumber < VariantSalesHandler.MaxDays)
            .When(c => c.From is not null && c.Until >= c.From)
            .WithMessage(_ => Bilingual.Pick(
                $"Một đợt giảm giá dài tối đa {VariantSalesHandler.MaxDays} ngày.", $"A sale lasts at most {VariantSalesHandler.MaxDays} days."));
    }
}
