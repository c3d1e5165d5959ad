using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Features.DecideBusinessAccount;

internal sealed class DecideBusinessAccountValidator : AbstractValidator<DecideBusinessAccountCommand>
{
    public DecideBusinessAccountValidator()
    {
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.Reason)
            .NotEmpty()
            .When(c => c.Decision == BusinessAccountDecision.Reject)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy ghi lý do từ chối: người đăng ký sẽ thấy lý do này.", "Give the reason for rejecting: the applicant will see it."));
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.ActorName).NotEmpty();
    }
}
