using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed record StaffMember(string Email, StaffRole Role, DateTimeOffset AddedAt);

/// <summary>The cooperative's people, for any of them; "not found" for anyone else.</summary>
internal sealed record ListStaffQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<IReadOnlyList<StaffMember>>>;

/// <summary>
/// An owner invites a person by e-mail. The invitation is mailed and takes effect at once: a
/// person who has an account with that address acts for the cooperative from now on, and a
/// person who has none does as soon as they register with it.
/// </summary>
internal sealed record InviteStaffCommand(CooperativeId CooperativeId, UserId ActorId, string Email, StaffRole Role, string Culture)
    : ICommand<Result<StaffMember>>, IRunsIn<VendorsTransaction>;

/// <summary>An owner changes a member's role; the last owner cannot stop being one.</summary>
internal sealed record ChangeStaffRoleCommand(CooperativeId CooperativeId, UserId ActorId, string Email, StaffRole Role)
    : ICommand<Result<StaffMember>>, IRunsIn<VendorsTransaction>;

/// <summary>An owner removes a member; the last owner cannot be removed.</summary>
internal sealed record RemoveStaffCommand(CooperativeId CooperativeId, UserId ActorId, string Email) : ICommand<Result<Done>>, IRunsIn<VendorsTransaction>;
