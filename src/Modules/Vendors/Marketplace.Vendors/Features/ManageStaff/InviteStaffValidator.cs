using FluentValidation;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed class InviteStaffValidator : AbstractValidator<InviteStaffCommand>
{
    public InviteStaffValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName("E-mail");
        RuleFor(c => c.Role).IsInEnum();
        RuleFor(c => c.Culture).Must(c => c is "vi" or "en");
    }
}
