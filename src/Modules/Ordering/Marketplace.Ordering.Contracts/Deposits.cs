using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Ordering.Contracts;

/// <summary>
/// A bank transfer that names a pre-order's reference ("DT" + date + eight characters) came in:
/// Ordering counts it toward the reservation's deposit. <see cref="TransferKey"/> names the
/// statement line, so that importing the statement again counts nothing twice.
/// </summary>
public sealed record RecordDepositTransferCommand(string Reference, long AmountVnd, string TransferKey, DateTimeOffset At)
    : ICommand<Result<DepositReceipt>>, IRunsIn<OrderingTransaction>;

/// <summary>What the reservation has received of its deposit, and what it still owes.</summary>
public sealed record DepositReceipt(string ReservationNumber, long PaidVnd, long StillOwedVnd);
