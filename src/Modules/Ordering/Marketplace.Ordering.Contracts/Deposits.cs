using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Ordering.Contracts;

/// <summary>
/// A bank transfer that names a pre-order's reference ("DT" + date + eight characters) came in:
/// Ordering counts it toward the reservation's deposit. <see cref="TransferKey"/> names the
/// statement line, so that importing the statement again counts nothing twice. A deposit paid by
/// card comes the same way, keyed <see cref="CardKey"/>: the reservation knows its card by it, to
/// refund what it is owed back.
/// </summary>
public sealed record RecordDepositTransferCommand(string Reference, long AmountVnd, string TransferKey, DateTimeOffset At)
    : ICommand<Result<DepositReceipt>>, IRunsIn<OrderingTransaction>
{
    public const string CardKeyPrefix = "card:";

    public static string CardKey(string paymentIntentId) => CardKeyPrefix + paymentIntentId;
}

/// <summary>What the reservation has received of its deposit, and what it still owes.</summary>
public sealed record DepositReceipt(string ReservationNumber, long PaidVnd, long StillOwedVnd);

/// <summary>
/// What a reservation's deposit comes to now: all that came in by transfer, and of it what is
/// owed back to the buyer (the deposit of units the harvest cut, of a withdrawn or called-off
/// reservation, or a transfer that came after the order was made). Both only ever grow, so
/// Payments books the difference from what its ledger already holds, whatever order these come in.
/// </summary>
public sealed record ReservationDepositIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReservationId,
    string ReservationNumber,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string VendorName,
    long ReceivedVnd,
    long OwedBackVnd) : IIntegrationEvent;
