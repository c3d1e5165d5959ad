using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Features.SubmitCertificate;

namespace Marketplace.Vendors.Features.DecideCertificate;

internal sealed class DecideCertificateValidator : AbstractValidator<DecideCertificateCommand>
{
    public DecideCertificateValidator()
    {
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.Reason)
            .NotEmpty()
            .When(c => c.Decision == CertificateDecision.Reject)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy ghi lý do từ chối: hợp tác xã sẽ thấy lý do này.", "Give the reason for rejecting: the cooperative will see it."));
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.ActorName).NotEmpty();
    }
}
