namespace Marketplace.Payments;

/// <summary>Configuration section "Payments": the alliance's bank account and how long an order waits for its money.</summary>
internal sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>The bank's NAPAS BIN (6 digits), e.g. 970436 for Vietcombank.</summary>
    public string BankBin { get; set; } = "970436";

    public string BankName { get; set; } = "Vietcombank";

    public string AccountNumber { get; set; } = "0011004455667";

    public string AccountHolder { get; set; } = "LIEN MINH HTX NONG SAN";

    /// <summary>An order paid by card or e-wallet is cancelled, and its stock released, when it is not paid in this time.</summary>
    public TimeSpan CardPaymentWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The same for a bank transfer, which takes longer to arrive.</summary>
    public TimeSpan BankTransferWindow { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How often the deadlines are looked at.</summary>
    public TimeSpan DeadlineCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
