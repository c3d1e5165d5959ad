using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Features.Rfqs;

internal sealed class CreateRfqValidator : AbstractValidator<CreateRfqCommand>
{
    public CreateRfqValidator(TimeProvider clock)
    {
        RuleFor(c => c.ProductId).NotNull().When(c => c.CategoryId is null)
            .WithMessage(_ => Bilingual.Pick("Hãy chọn sản phẩm hoặc danh mục.", "Choose a product or a category."));
        RuleFor(c => c.Quantity).InclusiveBetween(1, 1_000_000).WithName(_ => Bilingual.Pick("Số lượng", "Quantity"));
        RuleFor(c => c.Unit).IsInEnum();
        RuleFor(c => c.DeliveryProvince).Province();
        RuleFor(c => c.DeliveryDate).GreaterThan(_ => VietnamTime.Today(clock)).WithName(_ => Bilingual.Pick("Ngày nhận hàng", "Delivery date"))
            .WithMessage(_ => Bilingual.Pick("Ngày nhận hàng phải sau hôm nay.", "The delivery date must be after today."));
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}
