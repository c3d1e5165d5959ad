using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Ordering.Features.Cart;

internal sealed class SetCartLineValidator : AbstractValidator<SetCartLineCommand>
{
    public SetCartLineValidator()
    {
        RuleFor(c => c.VariantId).NotEmpty();
        RuleFor(c => c.Quantity)
            .GreaterThan(0).When(c => c.Add)
            .WithMessage(_ => Bilingual.Pick("Số lượng phải lớn hơn 0.", "The quantity must be more than 0."));
        RuleFor(c => c.Quantity)
            .InclusiveBetween(0, 1_000_000)
            .WithMessage(_ => Bilingual.Pick("Số lượng từ 0 đến 1.000.000.", "The quantity is 0 to 1,000,000."));
    }
}
