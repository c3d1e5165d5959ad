using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed class ChangeStaffRoleValidator : AbstractValidator<ChangeStaffRoleCommand>
{
    public ChangeStaffRoleValidator() => // Support is not a role anyone is given: the alliance's people act through a cooperative's grant.
        RuleFor(c => c.Role).Must(r => r is StaffRole.Owner or StaffRole.Staff)
            .WithMessage(_ => Bilingual.Pick("Vai trò là chủ gian hàng hoặc nhân viên.", "The role is Owner or Staff."));
}
