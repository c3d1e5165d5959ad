using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>What a person may do for a cooperative: an owner also manages its people.</summary>
public enum StaffRole
{
    Owner,
    Staff,
}

public sealed record StaffMember(string Email, StaffRole Role, DateTimeOffset AddedAt);

/// <summary>The cooperative's people, for any of them; "not found" for anyone else.</summary>
public sealed record ListStaffQuery(Guid CooperativeId, string ActorEmail) : IQuery<Result<IReadOnlyList<StaffMember>>>;

/// <summary>
/// An owner invites a person by e-mail. The invitation is mailed and takes effect at once: the
/// person acts for the cooperative as soon as they sign in with that address.
/// </summary>
public sealed record InviteStaffCommand(Guid CooperativeId, string ActorEmail, string Email, StaffRole Role, string Culture)
    : ICommand<Result<StaffMember>>;

/// <summary>An owner changes a member's role; the last owner cannot stop being one.</summary>
public sealed record ChangeStaffRoleCommand(Guid CooperativeId, string ActorEmail, string Email, StaffRole Role) : ICommand<Result<StaffMember>>;

/// <summary>An owner removes a member; the last owner cannot be removed.</summary>
public sealed record RemoveStaffCommand(Guid CooperativeId, string ActorEmail, string Email) : ICommand<Result<Done>>;
