using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>An alliance admin's decision on a cooperative; the reason is required for all but approving and reinstating.</summary>
public sealed record DecideCooperativeCommand(
    Guid CooperativeId,
    CooperativeDecision Decision,
    string? Reason,
    Guid ActorUserId,
    string ActorName) : ICommand<Result<CooperativeDecided>>;

public sealed record CooperativeDecided(Guid CooperativeId, string Before, string After);
