using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>What a person may do for a cooperative: an owner also manages its people.</summary>
public enum StaffRole
{
    Owner,
    Staff,
}

/// <summary>
/// A new account takes up the invitations sent to its e-mail before it existed: from then on the
/// person acts for those cooperatives by their account, whatever their e-mail becomes. Accounts
/// sends it when a person registers.
/// </summary>
public sealed record TakeUpInvitationsCommand(UserId Account, string Email) : ICommand<Result<Done>>, IRunsIn<VendorsTransaction>;
