using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Payments.Contracts;

/// <summary>Where a cooperative's money goes: a bank account in Vietnam, or a Stripe connected account in a country Stripe pays out to.</summary>
public sealed record PayoutAccountView(Guid VendorId, string BankName, string AccountNumber, string AccountHolder, string Country, string? StripeAccountId, bool PaidByStripe);

public sealed record GetPayoutAccountQuery(Guid VendorId, string ActorEmail) : IQuery<Result<PayoutAccountView?>>;

/// <summary>The cooperative's owner sets where its payouts go.</summary>
public sealed record SetPayoutAccountCommand(Guid VendorId, string ActorEmail, string BankName, string AccountNumber, string AccountHolder, string Country, string? StripeAccountId)
    : ICommand<Result<PayoutAccountView>>;

public enum PayoutBatchStatus
{
    Created,
    Paid,
}

public sealed record PayoutLineView(Guid LineId, Guid VendorId, string VendorName, Money Amount, string Method, string? BankName, string? AccountNumber, string? AccountHolder, string? StripeAccountId, string? StripeTransferId);

public sealed record PayoutBatchView(Guid BatchId, string Number, PayoutBatchStatus Status, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? PaidAt, Money Total, IReadOnlyList<PayoutLineView> Lines);

/// <summary>A batch of every positive balance of a cooperative that has a payout account; each line is booked as a payout at once.</summary>
public sealed record CreatePayoutBatchCommand(string ActorEmail) : ICommand<Result<PayoutBatchView>>;

public sealed record ListPayoutBatchesQuery : IQuery<IReadOnlyList<PayoutBatchView>>;

public sealed record GetPayoutBatchQuery(Guid BatchId) : IQuery<Result<PayoutBatchView>>;

/// <summary>The batch's bank lines as the CSV the bank takes.</summary>
public sealed record ExportPayoutBatchQuery(Guid BatchId) : IQuery<Result<byte[]>>;

/// <summary>
/// Pays the batch's Stripe lines by transfer (one idempotency key per line), then marks the batch
/// paid. Not a unit-of-work command: Stripe is called before it saves.
/// </summary>
public sealed record MarkPayoutBatchPaidCommand(Guid BatchId, string ActorEmail) : IRequest<Result<PayoutBatchView>>;
