using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.DecideCooperative;

/// <summary>An alliance admin's decision on a cooperative; the reason is required for all but approving and reinstating.</summary>
internal sealed record DecideCooperativeCommand(
    CooperativeId CooperativeId,
    CooperativeDecision Decision,
    string? Reason,
    UserId ActorUserId,
    string ActorName) : ICommand<Result<CooperativeDecided>>, IRunsIn<VendorsTransaction>;

internal sealed record CooperativeDecided(CooperativeId CooperativeId, string Before, string After);
