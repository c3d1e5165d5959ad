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
        RuleFor(c => c.Reason)
            .NotEmpty().MaximumLength(1000)
            .When(c => c.Action is FulfilmentAction.FailAttempt or FulfilmentAction.ReturnToSender)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy ghi lý do (không có người nhận, người mua từ chối nhận …): người mua sẽ nhận được lý do này.",
                "Give the reason (no one home, refused at the door …): the shopper will receive it."));
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.ReturnFeeVnd)
            .InclusiveBetween(0, 10_000_000)
            .WithMessage(_ => Bilingual.Pick("Phí hoàn hàng phải từ 0 đến 10.000.000 ₫.", "The return fee must be between 0 and 10,000,000 ₫."));
        RuleFor(c => c.ReturnFeeVnd)
            .Null()
            .When(c => c.Action != FulfilmentAction.ReceiveReturn)
            .WithMessage(_ => Bilingual.Pick("Phí hoàn hàng chỉ ghi khi nhận lại hàng hoàn.", "A return fee is given only when the parcel is back."));
        RuleFor(c => c.Lots)
            .Must(lots => lots is null || lots.Count <= 200)
            .WithMessage(_ => Bilingual.Pick("Tối đa 200 lô cho một lần giao.", "At most 200 lots to a shipment."));
        RuleForEach(c => c.Lots).NotNull().When(c => c.Lots is { Count: <= 200 });
        RuleForEach(c => c.Lots).ChildRules(lot =>
        {
            lot.RuleFor(l => l.Sku).NotEmpty().MaximumLength(100).WithName("sku");
            lot.RuleFor(l => l.LotCode).NotEmpty().MaximumLength(50).WithName(_ => Bilingual.Pick("Mã lô", "Lot code"));
            lot.RuleFor(l => l.Quantity).InclusiveBetween(1, 100_000_000).WithName(_ => Bilingual.Pick("Số lượng", "Quantity"));
        }).When(c => c.Lots is { Count: <= 200 });
        RuleFor(c => c.CashCollectedVnd)
            .InclusiveBetween(0, 100_000_000_000)
            .WithMessage(_ => Bilingual.Pick("Số tiền thu được không hợp lệ.", "The cash collected is not a valid amount."));
    }
}
