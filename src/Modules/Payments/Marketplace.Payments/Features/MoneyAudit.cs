using System.Globalization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Web;

namespace Marketplace.Payments.Features;

/// <summary>
/// The money movements a person makes, written to the alliance's audit log (Vendors keeps it):
/// who, when, what and how much. Sent inside the command that moved the money, so both are kept
/// or neither.
/// </summary>
internal static class MoneyAudit
{
    public const string TransferRecorded = "TransferRecorded";
    public const string StatementImported = "StatementImported";
    public const string Refunded = "Refunded";
    public const string LedgerReversed = "LedgerReversed";
    public const string CommissionChanged = "CommissionChanged";
    public const string PayoutBatchCreated = "PayoutBatchCreated";
    public const string PayoutBatchPaid = "PayoutBatchPaid";
    public const string MoneyRulesChanged = "MoneyRulesChanged";
    public const string PayInRequested = "PayInRequested";
    public const string PayInRecorded = "PayInRecorded";
    public const string CommissionRuleAdded = "CommissionRuleAdded";
    public const string CommissionRuleEnded = "CommissionRuleEnded";
    public const string ExchangeRateSet = "ExchangeRateSet";

    public static readonly IReadOnlyList<string> Actions =
    [
        TransferRecorded, StatementImported, Refunded, LedgerReversed, CommissionChanged, PayoutBatchCreated, PayoutBatchPaid,
        MoneyRulesChanged, PayInRequested, PayInRecorded, CommissionRuleAdded, CommissionRuleEnded, ExchangeRateSet,
    ];

    /// <summary>"25.400 ₫", a rate's đồng to four decimals, the same in every language of the log.</summary>
    public static string Rate(decimal vndPerUnit) =>
        DisplayCurrency.InVietnamese(vndPerUnit.ToString("#,0.####", CultureInfo.InvariantCulture)) + "\u00A0₫";

    /// <summary>"450.000 ₫", the same in every language of the log.</summary>
    public static string Dong(long amountVnd) => Money.Dong(amountVnd).Format(CultureInfo.GetCultureInfo("vi-VN"));
}
