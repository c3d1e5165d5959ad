using FluentValidation;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed class ChangeStaffRoleValidator : AbstractValidator<ChangeStaffRoleCommand>
{
    public ChangeStaffRoleValidator() => RuleFor(c => c.Role).IsInEnum();
}
