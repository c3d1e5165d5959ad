using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed class InviteStaffValidator : AbstractValidator<InviteStaffCommand>
{
    public InviteStaffValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName("E-mail");
        // Support is not a role anyone is given: the alliance's people act through a cooperative's grant.
        RuleFor(c => c.Role).Must(r => r is StaffRole.Owner or StaffRole.Staff)
            .WithMessage(_ => Bilingual.Pick("Vai trò là chủ gian hàng hoặc nhân viên.", "The role is Owner or Staff."));
        RuleFor(c => c.Culture).Must(c => c is "vi" or "en");
    }
}
