using System.Text.Json.Serialization;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Payments.Features.Ledger;

/// <summary>What a ledger entry records. Amounts are signed from the cooperative's side: + the alliance owes it, − it owes the alliance.</summary>
internal enum LedgerEntryKind
{
    /// <summary>+ a part's total, when it is paid (card, transfer) or delivered (cash).</summary>
    Sale,
    /// <summary>− the alliance's share; + the share given back with a refund.</summary>
    Commission,
    /// <summary>− money given back to the shopper.</summary>
    Refund,
    /// <summary>− cash the cooperative took at the door and keeps.</summary>
    CashCollected,
    /// <summary>− money paid out to the cooperative.</summary>
    Payout,
    /// <summary>The opposite of an earlier entry, which stays as it was.</summary>
    Reversal,
    /// <summary>A delivered part's pending money moved to what may be paid out: − pending, + available, summing to zero.</summary>
    Release,
    /// <summary>+ money a cooperative transferred to the alliance to pay what it owed.</summary>
    PayIn,
    /// <summary>
    /// A pre-order's deposit the alliance holds, always pending: + as it comes in, − when it is
    /// owed back to the buyer or counted into the sale of the order it became (the three sum to zero).
    /// </summary>
    Deposit,
    /// <summary>− a carrier's charge the cooperative bears, such as bringing back a parcel nobody took.</summary>
    Shipping,
    /// <summary>+ the alliance's share of a voucher's discount on a part, which the alliance pays: booked with the part's sale, pending as it is.</summary>
    Promotion,
}

/// <summary>One entry; <see cref="Pending"/> when it is money not yet payable (its part not delivered, or held).</summary>
internal sealed record LedgerEntryView(
    Guid EntryId, DateTimeOffset At, LedgerEntryKind Kind, Money Amount, string? OrderNumber, string Description, Guid? Reverses, bool Pending);

/// <summary>
/// A cooperative's balance, and the sums it is made of: sales − commission − refunds − cash
/// collected − payouts + pay-ins (+ reversals) + pre-order deposits held − carrier charges + the
/// alliance's shares of discounts. Of the balance, <see cref="Pending"/> is earned
/// on parts not yet delivered (or still held) and <see cref="Available"/> is what a payout takes;
/// an available balance below zero is what the cooperative owes the alliance.
/// </summary>
internal sealed record LedgerBalance(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string VendorName,
    Money Sales,
    Money Commission,
    Money Refunds,
    Money CashCollected,
    Money Payouts,
    Money Reversals,
    Money PayIns,
    Money Deposits,
    Money Balance,
    Money Pending,
    Money Available,
    bool HasPayoutAccount,
    Money? Shipping = null)
{
    /// <summary>The alliance's shares of vouchers' discounts on the cooperative's sales, which the alliance pays it.</summary>
    public Money Promotions { get; init; } = Money.Zero;
}

/// <summary>A delivered part's money waiting out its holding period: payable from <see cref="PayableFrom"/>.</summary>
internal sealed record UpcomingRelease(string? OrderNumber, DateTimeOffset DeliveredAt, DateTimeOffset PayableFrom, Money Amount);

internal sealed record VendorLedger(LedgerBalance Balance, IReadOnlyList<LedgerEntryView> Entries, IReadOnlyList<UpcomingRelease> Upcoming);

/// <summary>A cooperative's ledger, for its own people or an admin.</summary>
internal sealed record GetVendorLedgerQuery(CooperativeId CooperativeId, UserId ActorId, bool ActorIsAdmin) : IQuery<Result<VendorLedger>>;

/// <summary>Every cooperative's balance, for the admin.</summary>
internal sealed record ListLedgerBalancesQuery : IQuery<IReadOnlyList<LedgerBalance>>;

/// <summary>An admin undoes an entry booked in error by a new, opposite one; the first stays.</summary>
internal sealed record ReverseLedgerEntryCommand(Guid EntryId, string Reason, string ActorEmail)
    : ICommand<Result<LedgerEntryView>>, IRunsIn<PaymentsTransaction>;

internal sealed record CommissionRateView(decimal Percent, DateTimeOffset? Since, string? SetBy);

internal sealed record GetCommissionRateQuery : IQuery<CommissionRateView>;

/// <summary>The admin sets the commission rate for orders placed from now on; placed orders keep theirs.</summary>
internal sealed record SetCommissionRateCommand(decimal Percent, string ActorEmail) : ICommand<Result<CommissionRateView>>, IRunsIn<PaymentsTransaction>;
