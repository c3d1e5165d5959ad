using FluentValidation;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

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
        RuleFor(c => c.Delivery.Recipient).NotEmpty().MaximumLength(100).OverridePropertyName("Recipient")
            .WithName(_ => Bilingual.Pick("Người nhận", "Recipient"));
        RuleFor(c => c.Delivery.Phone).VietnamesePhone().OverridePropertyName("Phone");
        RuleFor(c => c.Delivery.Province).Province().OverridePropertyName("Province");
        RuleFor(c => c.Delivery.Commune).NotEmpty().MaximumLength(100).OverridePropertyName("Commune")
            .WithName(_ => Bilingual.Pick("Xã, phường", "Commune"));
        RuleFor(c => c.Delivery.Street).NotEmpty().MaximumLength(300).OverridePropertyName("Street")
            .WithName(_ => Bilingual.Pick("Địa chỉ", "Street address"));
        RuleFor(c => c.Note).MaximumLength(1000);
        RuleFor(c => c.PaymentMethod).IsInEnum();
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(50).WithName(_ => Bilingual.Pick("Số đơn đặt hàng (PO)", "Purchase order number"));
        RuleFor(c => c.Culture).Must(c => c is "vi" or "en");
    }
}
