using FluentValidation;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.ManageProducts;

internal sealed class SaveVariantValidator : AbstractValidator<SaveVariantCommand>
{
    public const long MaxPriceVnd = 10_000_000_000;

    public SaveVariantValidator()
    {
        // A blank SKU is made by the marketplace (SaveVariantHandler); one that is given must be a code.
        RuleFor(c => c.Sku)
            .MaximumLength(64)
            .Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$")
            .When(c => !string.IsNullOrWhiteSpace(c.Sku))
            .WithMessage(_ => Bilingual.Pick(
                "Mã SKU gồm chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.",
                "A SKU has letters without accents, digits, dots, hyphens or underscores."));
        RuleFor(c => c.Unit)
            .Must(u => SaleUnitCodes.FromCode(u) is not null)
            .WithMessage(_ => Bilingual.Pick(
                "Đơn vị phải là g, kg, yến, tạ, tấn, túi hoặc thùng.", "The unit must be g, kg, yến, tạ, tấn, bag or box."));
        // One rule, one message: a missing weight and one out of range are the same mistake to the person.
        RuleFor(c => c.NetWeightGrams)
            .Must(grams => grams is >= 1 and <= 1_000_000)
            .When(c => c.Unit is "bag" or "box")
            .WithMessage(_ => Bilingual.Pick(
                "Túi và thùng cần khối lượng tịnh (1 g đến 1 tấn).", "Bags and boxes need a net weight (1 g to 1 tonne)."));
        RuleFor(c => c.Box)
            .Must(box => box is null || box.Valid)
            .When(c => !c.KeepBox)
            .WithMessage(_ => Bilingual.Pick(
                $"Mỗi cạnh hộp từ 1 đến {BoxSize.MaxSideCm} cm.", $"Each side of the box is 1 to {BoxSize.MaxSideCm} cm."));
        RuleFor(c => c.PriceVnd)
            .InclusiveBetween(1, MaxPriceVnd)
            .WithMessage(_ => Bilingual.Pick(
                "Giá phải là số đồng dương (không có phần lẻ).", "The price must be a positive whole number of đồng."));
        RuleFor(c => c.Stock).InclusiveBetween(0, 10_000_000).WithName(_ => Bilingual.Pick("Tồn kho", "Stock"));
        RuleFor(c => c.MinOrderQuantity).InclusiveBetween(1, 1_000_000).WithName(_ => Bilingual.Pick("Số lượng tối thiểu", "Minimum order quantity"));
        RuleFor(c => c.VariantId).NotNull().When(c => c.Version is not null);
        RuleFor(c => c.Version).NotNull().When(c => c.VariantId is not null)
            .WithMessage(_ => Bilingual.Pick("Thiếu phiên bản của quy cách đang sửa.", "The version of the variant being changed is missing."));
        // A body may hold "tiers": [null]; the rules below read every tier, so nulls are refused first.
        RuleForEach(c => c.Tiers).NotNull().OverridePropertyName(nameof(SaveVariantCommand.Tiers))
            .WithMessage(_ => Bilingual.Pick("Bậc giá không được để trống.", "A price tier cannot be empty."));
        RuleFor(c => c.Tiers)
            .Must(t => t.Count <= 10)
            .WithMessage(_ => Bilingual.Pick("Tối đa 10 bậc giá.", "At most 10 price tiers."))
            .Must(t => t.Select(x => x?.MinQuantity).Distinct().Count() == t.Count)
            .WithMessage(_ => Bilingual.Pick("Mỗi bậc giá cần một số lượng khác nhau.", "Each tier needs a different quantity."));
        RuleForEach(c => c.Tiers).ChildRules(tier =>
        {
            tier.RuleFor(t => t.MinQuantity).GreaterThan(1).WithName(_ => Bilingual.Pick("Số lượng của bậc giá", "Tier quantity"));
            tier.RuleFor(t => t.PriceVnd).InclusiveBetween(1, MaxPriceVnd).WithName(_ => Bilingual.Pick("Giá của bậc", "Tier price"));
        }).OverridePropertyName(nameof(SaveVariantCommand.Tiers));
        RuleFor(c => c)
            .Must(c => c.Tiers.All(t => t is null || t.PriceVnd < c.PriceVnd))
            .OverridePropertyName(nameof(SaveVariantCommand.Tiers))
            .WithMessage(_ => Bilingual.Pick("Giá theo bậc phải thấp hơn giá lẻ.", "A tier price must be below the list price."));
    }
}
