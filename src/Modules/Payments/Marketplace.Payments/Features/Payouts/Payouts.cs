using System.Text.Json.Serialization;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Payments.Features.Payouts;

/// <summary>Where a cooperative's money goes: a bank account in Vietnam, or a Stripe connected account in a country Stripe pays out to.</summary>
internal sealed record PayoutAccountView(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string BankName,
    string AccountNumber,
    string AccountHolder,
    string Country,
    string? StripeAccountId,
    bool PaidByStripe);

internal sealed record GetPayoutAccountQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<PayoutAccountView?>>;

/// <summary>The cooperative's owner sets where its payouts go.</summary>
internal sealed record SetPayoutAccountCommand(
    CooperativeId CooperativeId, UserId ActorId, string BankName, string AccountNumber, string AccountHolder, string Country, string? StripeAccountId)
    : ICommand<Result<PayoutAccountView>>, IRunsIn<PaymentsTransaction>;

internal enum PayoutBatchStatus
{
    Created,
    Paid,
}

internal sealed record PayoutLineView(
    Guid LineId,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string VendorName,
    Money Amount,
    Domain.PayoutMethod Method,
    string? BankName,
    string? AccountNumber,
    string? AccountHolder,
    string? StripeAccountId,
    string? StripeTransferId);

internal sealed record PayoutBatchView(
    Guid BatchId,
    string Number,
    PayoutBatchStatus Status,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? PaidAt,
    Money Total,
    IReadOnlyList<PayoutLineView> Lines);

/// <summary>A batch of every positive balance of a cooperative that has a payout account; each line is booked as a payout at once.</summary>
internal sealed record CreatePayoutBatchCommand(string ActorEmail) : ICommand<Result<PayoutBatchView>>, IRunsIn<PaymentsTransaction>;

internal sealed record ListPayoutBatchesQuery : IQuery<IReadOnlyList<PayoutBatchView>>;

internal sealed record GetPayoutBatchQuery(Guid BatchId) : IQuery<Result<PayoutBatchView>>;

/// <summary>The batch's bank lines as the CSV the bank takes.</summary>
internal sealed record ExportPayoutBatchQuery(Guid BatchId) : IQuery<Result<byte[]>>;

/// <summary>
/// Pays the batch's Stripe lines by transfer (one idempotency key per line), then marks the batch
/// paid. It owns its transaction (IOwnsTransaction): Stripe is called before it saves.
/// </summary>
internal sealed record MarkPayoutBatchPaidCommand(Guid BatchId, string ActorEmail) : IRequest<Result<PayoutBatchView>>, IOwnsTransaction<PaymentsTransaction>;
