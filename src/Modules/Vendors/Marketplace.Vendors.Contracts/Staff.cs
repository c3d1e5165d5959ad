using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>
/// What a person may do for a cooperative: an owner also manages its people. Support is one of the
/// alliance's support people while the cooperative has let them help: they work as staff do, and
/// every change they make is audited as made for the cooperative.
/// </summary>
public enum StaffRole
{
    Owner,
    Staff,
    Support,
}

/// <summary>
/// A new account takes up the invitations sent to its e-mail before it existed: from then on the
/// person acts for those cooperatives by their account, whatever their e-mail becomes. Accounts
/// sends it when a person registers.
/// </summary>
public sealed record TakeUpInvitationsCommand(UserId Account, string Email) : ICommand<Result<Done>>, IRunsIn<VendorsTransaction>;
