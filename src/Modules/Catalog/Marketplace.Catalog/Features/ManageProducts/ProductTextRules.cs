using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>The checks of a product's texts, shared by creating and editing.</summary>
internal static class ProductTextRules
{
    public static void ProductTexts<T>(
        this AbstractValidator<T> validator,
        System.Linq.Expressions.Expression<Func<T, string>> name,
        System.Linq.Expressions.Expression<Func<T, string?>> nameEnglish,
        System.Linq.Expressions.Expression<Func<T, string>> description,
        System.Linq.Expressions.Expression<Func<T, string?>> descriptionEnglish,
        System.Linq.Expressions.Expression<Func<T, Guid>> category)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(name).NotEmpty().MaximumLength(200).WithName(_ => Bilingual.Pick("Tên sản phẩm", "Product name"));
        // The name is the product's address (ProductSummary.PathOf): one of signs alone would make none.
        validator.RuleFor(name)
            .Must(n => string.IsNullOrWhiteSpace(n) || VietnameseText.Slugify(n).Length > 0)
            .WithMessage(_ => Bilingual.Pick("Tên sản phẩm cần có chữ hoặc số.", "The product name needs letters or digits."));
        validator.RuleFor(nameEnglish).MaximumLength(200).WithName(_ => Bilingual.Pick("Tên tiếng Anh", "English name"));
        validator.RuleFor(description).MaximumLength(4000).WithName(_ => Bilingual.Pick("Mô tả", "Description"));
        validator.RuleFor(descriptionEnglish).MaximumLength(4000).WithName(_ => Bilingual.Pick("Mô tả tiếng Anh", "English description"));
        validator.RuleFor(category).NotEmpty().WithMessage(_ => Bilingual.Pick("Hãy chọn danh mục.", "Choose a category."));
    }
}
