using Marketplace.SharedKernel;

namespace Marketplace.Payments.Domain;

internal enum PayInStatus
{
    /// <summary>Asked for and not yet paid.</summary>
    Open,
    /// <summary>The cooperative's transfers (or its later sales) brought its balance back to zero or above.</summary>
    Settled,
}

/// <summary>
/// The alliance asks a cooperative to pay what it owes (the commission on its cash sales, less
/// what later sales netted), by a bank transfer whose reference names this request. Past
/// <see cref="DueBy"/> the cooperative's new sales are paused until it has paid.
/// </summary>
internal sealed class PayInRequest
{
    private PayInRequest()
    {
    }

    public PayInRequest(
        CooperativeId cooperativeId, string vendorName, long amountVnd, string reference, DateTimeOffset at, DateTimeOffset dueBy, string askedBy)
    {
        Id = Guid.NewGuid();
        CooperativeId = cooperativeId;
        VendorName = vendorName;
        AmountVnd = amountVnd;
        Reference = reference;
        CreatedAt = at;
        DueBy = dueBy;
        AskedBy = askedBy;
        LastReminderAt = at;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public string VendorName { get; private set; } = string.Empty;

    /// <summary>What it owed when asked.</summary>
    public long AmountVnd { get; private set; }

    /// <summary>What came in against it by transfer.</summary>
    public long PaidVnd { get; private set; }

    /// <summary>"CONGNO" + the date (yyMMdd) + four characters: what the cooperative writes in its transfer.</summary>
    public string Reference { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset DueBy { get; private set; }

    /// <summary>An admin's e-mail, or "system" when the rules asked.</summary>
    public string AskedBy { get; private set; } = string.Empty;

    public PayInStatus Status { get; private set; }

    public DateTimeOffset? SettledAt { get; private set; }

    public DateTimeOffset LastReminderAt { get; private set; }

    /// <summary>New sales are paused for want of payment (and resume when it is settled).</summary>
    public bool SalesPaused { get; private set; }

    public Guid Version { get; private set; }

    public void Received(long amountVnd)
    {
        PaidVnd = checked(PaidVnd + amountVnd);
        Touch();
    }

    public void Reminded(DateTimeOffset at)
    {
        LastReminderAt = at;
        Touch();
    }

    public void PauseSales()
    {
        SalesPaused = true;
        Touch();
    }

    public void Settle(DateTimeOffset at)
    {
        Status = PayInStatus.Settled;
        SettledAt = at;
        SalesPaused = false;
        Touch();
    }

    private void Touch() => Version = Guid.NewGuid();
}
