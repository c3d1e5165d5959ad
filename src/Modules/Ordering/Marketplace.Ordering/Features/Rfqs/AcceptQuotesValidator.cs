using FluentValidation;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Features.Rfqs;

internal sealed class AcceptQuotesValidator : AbstractValidator<AcceptQuotesCommand>
{
    public AcceptQuotesValidator()
    {
        RuleFor(c => c.Quotes).NotEmpty().WithMessage(_ => Bilingual.Pick("Hãy chọn ít nhất một báo giá.", "Choose at least one quote."));
        RuleForEach(c => c.Quotes).NotNull().OverridePropertyName(nameof(AcceptQuotesCommand.Quotes))
            .WithMessage(_ => Bilingual.Pick("Hãy chọn ít nhất một báo giá.", "Choose at least one quote."));
        RuleFor(c => c.PaymentMethod).Must(m => m is PaymentMethod.BankTransfer or PaymentMethod.Card)
            .WithMessage(_ => Bilingual.Pick(
                "Đơn hàng theo báo giá thanh toán bằng chuyển khoản hoặc thẻ.", "An order from quotes is paid by bank transfer or card."));
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(50);
        RuleFor(c => c.Delivery.Recipient).NotEmpty().MaximumLength(100).OverridePropertyName("Recipient")
            .WithName(_ => Bilingual.Pick("Người nhận", "Recipient"));
        RuleFor(c => c.Delivery.Phone).VietnamesePhone().OverridePropertyName("Phone");
        RuleFor(c => c.Delivery.Province).Province().OverridePropertyName("Province");
        RuleFor(c => c.Delivery.Commune).NotEmpty().MaximumLength(100).OverridePropertyName("Commune")
            .WithName(_ => Bilingual.Pick("Xã, phường", "Commune"));
        RuleFor(c => c.Delivery.Street).NotEmpty().MaximumLength(300).OverridePropertyName("Street")
            .WithName(_ => Bilingual.Pick("Địa chỉ", "Street address"));
    }
}
