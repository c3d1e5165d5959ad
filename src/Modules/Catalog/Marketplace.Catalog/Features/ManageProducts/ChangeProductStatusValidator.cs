using FluentValidation;

namespace Marketplace.Catalog.Features.ManageProducts;

internal sealed class ChangeProductStatusValidator : AbstractValidator<ChangeProductStatusCommand>
{
    public ChangeProductStatusValidator() => RuleFor(c => c.Status).IsInEnum();
}
