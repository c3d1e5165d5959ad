using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>
/// Writes one entry of the alliance's audit log for another module: a person's decision or money
/// movement (a transfer recorded, a refund, a payout). Sent inside the command that made the
/// change, it joins that command's transaction on the request's shared connection, so the change
/// and its record are kept together or not at all.
/// </summary>
public sealed record RecordAuditCommand(
    string ActorName,
    string Action,
    string SubjectType,
    Guid SubjectId,
    string SubjectName,
    string? Details,
    UserId? ActorUserId = null) : ICommand<Result<Done>>, IRunsIn<VendorsTransaction>;
