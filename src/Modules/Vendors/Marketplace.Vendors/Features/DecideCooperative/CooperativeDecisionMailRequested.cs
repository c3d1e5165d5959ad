using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Vendors.Features.DecideCooperative;

/// <summary>
/// Asks for the decision mail through the outbox, so that a mail goes out only for a decision
/// that was committed, and still goes out when the process stops right after it.
/// </summary>
internal sealed record CooperativeDecisionMailRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    CooperativeId CooperativeId,
    CooperativeDecision Decision,
    string? Reason) : IIntegrationEvent;
