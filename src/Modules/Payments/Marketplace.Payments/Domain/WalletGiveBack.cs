namespace Marketplace.Payments.Domain;

/// <summary>
/// Money a wallet took that pays nothing (paid after its order was given up, paid twice, more than
/// due) and that the wallet did not take back when asked: kept here, and asked again each round of
/// the payments watcher until it does, under the same refund id, so it goes back once.
/// </summary>
internal sealed class WalletGiveBack
{
    private WalletGiveBack()
    {
    }

    public WalletGiveBack(string refundId, string walletOrderId, long transactionId, long amountVnd, string orderNumber, string error, DateTimeOffset at)
    {
        RefundId = refundId;
        WalletOrderId = walletOrderId;
        TransactionId = transactionId;
        AmountVnd = amountVnd;
        OrderNumber = orderNumber;
        CreatedAt = at;
        Attempts = 1;
        StillNot(error, at, counted: false);
    }

    /// <summary>The wallet's id of the refund ("RB…", "RS…" and the transaction): the key that makes it once.</summary>
    public string RefundId { get; private set; } = string.Empty;

    public string WalletOrderId { get; private set; } = string.Empty;

    public long TransactionId { get; private set; }

    public long AmountVnd { get; private set; }

    public string OrderNumber { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>How often the wallet was asked, the first time (when the payment was seen) included.</summary>
    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? GivenBackAt { get; private set; }

    /// <summary>
    /// When to ask again: after a minute at first, then twice as long each time, at most 6 hours, so
    /// a refusal that lasts neither floods the wallet nor starves the rest.
    /// </summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The wallet's own id of the refund, once made.</summary>
    public string? WalletRefundId { get; private set; }

    public void GivenBack(string walletRefundId, DateTimeOffset at)
    {
        Attempts++;
        GivenBackAt = at;
        WalletRefundId = walletRefundId;
        LastError = null;
    }

    public void StillNot(string error, DateTimeOffset now, bool counted = true)
    {
        if (counted)
        {
            Attempts++;
        }

        LastError = error.Length > 500 ? error[..500] : error;
        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Attempts - 1), 360));
    }
}
