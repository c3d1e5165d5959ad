using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.Categories;

internal sealed class CreateCategoryValidator : AbstractValidator<CreateCategoryCommand>
{
    public CreateCategoryValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Tên danh mục", "Category name"));
        RuleFor(c => c.NameEnglish).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Tên tiếng Anh", "English name"));
    }
}

internal sealed class RenameCategoryValidator : AbstractValidator<RenameCategoryCommand>
{
    public RenameCategoryValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Tên danh mục", "Category name"));
        RuleFor(c => c.NameEnglish).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Tên tiếng Anh", "English name"));
    }
}
