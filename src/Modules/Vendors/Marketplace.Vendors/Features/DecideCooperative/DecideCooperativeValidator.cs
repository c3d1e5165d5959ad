using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Vendors.Features.DecideCooperative;

internal sealed class DecideCooperativeValidator : AbstractValidator<DecideCooperativeCommand>
{
    public DecideCooperativeValidator()
    {
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.Reason)
            .NotEmpty()
            .When(c => c.Decision is CooperativeDecision.Reject or CooperativeDecision.RequestChanges or CooperativeDecision.Suspend)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy ghi lý do: người nộp hồ sơ sẽ nhận được lý do này.", "Give a reason: the applicant will receive it."));
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.ActorName).NotEmpty();
    }
}
