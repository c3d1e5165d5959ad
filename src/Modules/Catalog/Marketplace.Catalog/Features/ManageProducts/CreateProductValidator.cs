using FluentValidation;

namespace Marketplace.Catalog.Features.ManageProducts;

internal sealed class CreateProductValidator : AbstractValidator<CreateProductCommand>
{
    public CreateProductValidator() => this.ProductTexts(c => c.Name, c => c.NameEnglish, c => c.Description, c => c.DescriptionEnglish, c => c.CategoryId);
}
