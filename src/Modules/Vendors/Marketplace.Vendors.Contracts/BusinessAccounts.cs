using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

public enum BusinessAccountDecision
{
    Verify,
    Reject,
}

/// <summary>Whether a business account lets its person buy in bulk: only once verified.</summary>
public enum BusinessAccountStatus
{
    Pending = 0,
    Verified = 1,
    Rejected = 2,
}

public sealed record BusinessAccountView(
    Guid BusinessAccountId,
    string AccountEmail,
    string CompanyName,
    string TaxCode,
    string Address,
    string ContactPerson,
    string Phone,
    BusinessAccountStatus Status,
    string? DecisionReason,
    DateTimeOffset RegisteredAt);

/// <summary>A signed-in person registers the company they buy for; an admin then verifies it.</summary>
public sealed record RegisterBusinessAccountCommand(
    UserId Account,
    string AccountEmail,
    string CompanyName,
    string TaxCode,
    string Address,
    string ContactPerson,
    string Phone) : ICommand<Result<BusinessAccountView>>, IRunsIn<VendorsTransaction>;

/// <summary>The caller's business accounts, newest first.</summary>
public sealed record GetMyBusinessAccountsQuery(UserId Account) : IQuery<IReadOnlyList<BusinessAccountView>>;

/// <summary>An admin verifies a business account (its person becomes a BulkBuyer) or rejects it with a reason.</summary>
public sealed record DecideBusinessAccountCommand(
    Guid BusinessAccountId, BusinessAccountDecision Decision, string? Reason, UserId ActorUserId, string ActorName)
    : ICommand<Result<BusinessAccountView>>, IRunsIn<VendorsTransaction>;

/// <summary>A business account was verified: its person may buy in bulk.</summary>
public sealed record BusinessBuyerVerifiedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BusinessAccountId,
    string AccountEmail,
    string CompanyName,
    string TaxCode) : IIntegrationEvent;
