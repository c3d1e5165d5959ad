using FluentValidation;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Ordering.Features.Fulfilment;

internal sealed class FulfilPartValidator : AbstractValidator<FulfilPartCommand>
{
    public FulfilPartValidator()
    {
        RuleFor(c => c.Action).IsInEnum();
        RuleFor(c => c.Carrier)
            .NotEmpty().MaximumLength(100)
            .When(c => c.Action == FulfilmentAction.Ship)
            .WithMessage(_ => Bilingual.Pick("Hãy ghi đơn vị vận chuyển.", "Give the carrier."));
        RuleFor(c => c.TrackingNumber)
            .NotEmpty().MaximumLength(100)
            .When(c => c.Action == FulfilmentAction.Ship)
            .WithMessage(_ => Bilingual.Pick("Hãy ghi mã vận đơn.", "Give the tracking number."));
        RuleFor(c => c.Reason)
            .NotEmpty().MaximumLength(1000)
            .When(c => c.Action == FulfilmentAction.Cancel)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy ghi lý do hủy: người mua sẽ nhận được lý do này.", "Give the reason for cancelling: the shopper will receive it."));
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.CashCollectedVnd)
            .InclusiveBetween(0, 100_000_000_000)
            .WithMessage(_ => Bilingual.Pick("Số tiền thu được không hợp lệ.", "The cash collected is not a valid amount."));
    }
}
