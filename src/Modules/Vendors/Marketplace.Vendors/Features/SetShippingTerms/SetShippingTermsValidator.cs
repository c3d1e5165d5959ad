using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;

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
        RuleFor(c => c.OwnDelivery).IsInEnum().When(c => c.OwnDelivery is not null);
        RuleForEach(c => c.Carriers).Must(c => c is DeliveryCarrier.Ghn or DeliveryCarrier.Ghtk or DeliveryCarrier.ViettelPost)
            .WithMessage(_ => Bilingual.Pick(
                "Chỉ chọn Giao Hàng Nhanh, Giao Hàng Tiết Kiệm hoặc Viettel Post.", "Choose Giao Hàng Nhanh, Giao Hàng Tiết Kiệm or Viettel Post."));
        RuleFor(c => c.Carriers)
            .Must(carriers => carriers is not { Count: 0 })
            .When(c => c.OwnDelivery is not null and not OwnDelivery.Everywhere)
            .WithMessage(_ => Bilingual.Pick(
                "Chọn ít nhất một hãng vận chuyển, hoặc tự giao hàng đến mọi tỉnh.",
                "Choose at least one carrier, or deliver yourselves to every province."));
    }
}
