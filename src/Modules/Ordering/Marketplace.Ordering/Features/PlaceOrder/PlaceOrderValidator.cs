using FluentValidation;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Ordering.Features.PlaceOrder;

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrderCommand>
{
    public PlaceOrderValidator()
    {
        RuleFor(c => c.BuyerId).NotEqual(UserId.None)
            .WithMessage(_ => Bilingual.Pick("Hãy đăng nhập để đặt hàng.", "Sign in to place an order."));
        RuleFor(c => c.BuyerEmail).NotEmpty().EmailAddress();
        RuleFor(c => c.IdempotencyKey)
            .NotEmpty()
            .MaximumLength(100)
            .WithMessage(_ => Bilingual.Pick(
                "Thiếu khóa chống đặt trùng (Idempotency-Key), tối đa 100 ký tự.", "An Idempotency-Key of at most 100 characters is required."));
        this.RuleForDelivery(c => c.Delivery);
        RuleFor(c => c.Note).MaximumLength(1000);
        RuleFor(c => c.PaymentMethod).IsInEnum();
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(50).WithName(_ => Bilingual.Pick("Số đơn đặt hàng (PO)", "Purchase order number"));
        RuleFor(c => c.Culture).Must(c => c is "vi" or "en");
    }
}
