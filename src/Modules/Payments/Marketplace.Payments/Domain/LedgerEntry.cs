using System.Security.Cryptography;
using System.Text;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Payments.Domain;

/// <summary>
/// One line of a cooperative's ledger, signed from its side (+ owed to it, − owed by it). Entries
/// are only ever added: a mistake is undone by a reversal, never by an edit. <see cref="SourceKey"/>
/// names the fact an entry books ("sale:{part}", "refund:{refund}" …) and is unique, so a fact
/// delivered twice is booked once.
/// <para>
/// A prepaid sale is <see cref="Pending"/> until its part is delivered (and the holding period
/// the admins set has passed): only then does a release entry move it to what may be paid out.
/// A balance is therefore two sums, pending and available, and a payout takes only the second.
/// </para>
/// </summary>
internal sealed class LedgerEntry
{
    private LedgerEntry()
    {
    }

    public LedgerEntry(
        CooperativeId cooperativeId,
        string vendorName,
        LedgerEntryKind kind,
        long amountVnd,
        string sourceKey,
        string description,
        DateTimeOffset at,
        OrderId? orderId = null,
        string? orderNumber = null,
        Guid? reverses = null,
        OrderPartId? partId = null,
        bool pending = false)
    {
        Id = IdFor(sourceKey);
        CooperativeId = cooperativeId;
        VendorName = vendorName;
        Kind = kind;
        AmountVnd = amountVnd;
        SourceKey = sourceKey;
        Description = description;
        At = at;
        Day = VietnamTime.DayOf(at);
        OrderId = orderId;
        OrderNumber = orderNumber;
        Reverses = reverses;
        PartId = partId;
        Pending = pending;
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    /// <summary>The cooperative's name when the entry was booked, so that a ledger reads without asking Vendors.</summary>
    public string VendorName { get; private set; } = string.Empty;

    public LedgerEntryKind Kind { get; private set; }

    public long AmountVnd { get; private set; }

    public string SourceKey { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    /// <summary>
    /// The Vietnamese day of <see cref="At"/>, kept beside it so that reports sum a span of days in
    /// the database, by index, instead of reading every entry (see the migration LedgerDays).
    /// </summary>
    public DateOnly Day { get; private set; }

    public OrderId? OrderId { get; private set; }

    public string? OrderNumber { get; private set; }

    /// <summary>The entry this one undoes, for a reversal.</summary>
    public Guid? Reverses { get; private set; }

    /// <summary>The order part the entry books, so that its pending money can be released as one.</summary>
    public OrderPartId? PartId { get; private set; }

    /// <summary>Earned but not yet payable: the part is not delivered, or its holding period runs.</summary>
    public bool Pending { get; private set; }

    /// <summary>
    /// An entry's id follows from the fact it books. Two transactions booking the same facts at
    /// once (a double-clicked refund) then insert the same rows in the same order (EF Core sorts a
    /// table's inserts by key), so the second waits for the first and finds its work done, where
    /// random ids in opposite orders made PostgreSQL abort one of them as a deadlock.
    /// </summary>
    public static Guid IdFor(string sourceKey) => new(SHA256.HashData(Encoding.UTF8.GetBytes(sourceKey)).AsSpan(0, 16));

    public LedgerEntry Reverse(string reason, DateTimeOffset at, bool pending) =>
        new(CooperativeId, VendorName, LedgerEntryKind.Reversal, -AmountVnd, $"reversal:{Id}", reason, at, OrderId, OrderNumber, Id, PartId, pending);
}
