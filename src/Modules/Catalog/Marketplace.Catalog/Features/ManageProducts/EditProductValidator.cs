using FluentValidation;

namespace Marketplace.Catalog.Features.ManageProducts;

internal sealed class EditProductValidator : AbstractValidator<EditProductCommand>
{
    public EditProductValidator() => this.ProductTexts(c => c.Name, c => c.NameEnglish, c => c.Description, c => c.DescriptionEnglish, c => c.CategoryId);
}
