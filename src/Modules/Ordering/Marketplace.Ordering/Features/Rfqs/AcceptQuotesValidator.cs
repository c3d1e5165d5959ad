using FluentValidation;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel.Text;

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
        this.RuleForDelivery(c => c.Delivery);
    }
}
