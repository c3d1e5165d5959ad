using FluentValidation;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Payments.Features.Refunds;

internal sealed class RefundPartValidator : AbstractValidator<RefundPartCommand>
{
    public RefundPartValidator()
    {
        RuleFor(c => c.AmountVnd).GreaterThan(0).WithName(_ => Bilingual.Pick("Số tiền hoàn", "Refund amount"));
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).WithName(_ => Bilingual.Pick("Lý do", "Reason"));
    }
}
