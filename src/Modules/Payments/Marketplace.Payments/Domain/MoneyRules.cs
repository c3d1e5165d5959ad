namespace Marketplace.Payments.Domain;

/// <summary>
/// How the alliance settles money with its cooperatives, from a moment on. Like the commission
/// rate it is a history, never edited: the latest one in force is the rule, and a part delivered
/// keeps the holding period that was in force when it was delivered.
/// </summary>
internal sealed class MoneyRules
{
    /// <summary>
    /// Until an admin sets them: paid out as soon as delivered; a debt of 2,000,000 ₫, or any debt
    /// on the 1st of a month, is asked for; 10 days to pay.
    /// </summary>
    public static readonly MoneyRules Default = new(0, 2_000_000, 1, 10, DateTimeOffset.MinValue, string.Empty);

    private MoneyRules()
    {
    }

    public MoneyRules(int holdDays, long debtLimitVnd, int settlementDay, int graceDays, DateTimeOffset effectiveFrom, string setBy)
    {
        Id = Guid.NewGuid();
        HoldDays = holdDays;
        DebtLimitVnd = debtLimitVnd;
        SettlementDay = settlementDay;
        GraceDays = graceDays;
        EffectiveFrom = effectiveFrom;
        SetBy = setBy;
    }

    public Guid Id { get; private set; }

    /// <summary>Days a delivered part's money waits (for a complaint or a return) before it may be paid out.</summary>
    public int HoldDays { get; private set; }

    /// <summary>A cooperative that owes this much (commission on cash sales) is asked to pay at once.</summary>
    public long DebtLimitVnd { get; private set; }

    /// <summary>The day of the month (Vietnam time, 1–28) on which any debt is asked for.</summary>
    public int SettlementDay { get; private set; }

    /// <summary>Days a cooperative has to pay what it is asked for before its new sales are paused.</summary>
    public int GraceDays { get; private set; }

    public DateTimeOffset EffectiveFrom { get; private set; }

    public string SetBy { get; private set; } = string.Empty;
}
