using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Vendors.Features.SetShippingTerms;

internal sealed class SetShippingTermsValidator : AbstractValidator<SetShippingTermsCommand>
{
    public SetShippingTermsValidator()
    {
        RuleFor(c => c.FeeVnd)
            .InclusiveBetween(0, 10_000_000)
            .WithMessage(_ => Bilingual.Pick("Phí giao hàng từ 0 đến 10.000.000 đồng.", "The delivery fee is 0 to 10,000,000 đồng."));
        RuleFor(c => c.FreeFromVnd)
            .InclusiveBetween(1, 10_000_000_000)
            .When(c => c.FreeFromVnd is not null)
            .WithMessage(_ => Bilingual.Pick(
                "Mức miễn phí giao hàng phải là số đồng dương.", "The free-delivery threshold must be a positive number of đồng."));
    }
}
