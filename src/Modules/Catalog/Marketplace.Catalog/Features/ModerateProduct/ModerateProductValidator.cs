using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.ModerateProduct;

internal sealed class ModerateProductValidator : AbstractValidator<ModerateProductCommand>
{
    public ModerateProductValidator()
    {
        RuleFor(c => c.Reason)
            .NotEmpty()
            .When(c => c.Hide)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy ghi lý do ẩn: hợp tác xã sẽ thấy lý do này.", "Give the reason for hiding: the cooperative will see it."));
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.ActorName).NotEmpty();
    }
}
