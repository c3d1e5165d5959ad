namespace Marketplace.Payments.Domain;

/// <summary>
/// The đồng a unit of a foreign currency is shown at, from the moment an admin set it. Prices are
/// only shown in it: every payment is in đồng. A history, never edited: the latest rate of a
/// currency is the one in force.
/// </summary>
internal sealed class ExchangeRate
{
    private ExchangeRate()
    {
    }

    public ExchangeRate(string currency, decimal vndPerUnit, DateTimeOffset setAt, string setBy)
    {
        Id = Guid.NewGuid();
        Currency = currency;
        VndPerUnit = vndPerUnit;
        SetAt = setAt;
        SetBy = setBy;
    }

    public Guid Id { get; private set; }

    /// <summary>ISO 4217: USD or JPY.</summary>
    public string Currency { get; private set; } = string.Empty;

    /// <summary>Đồng for one unit (25,400 for a dollar; 168.5 for a yen), to four decimals.</summary>
    public decimal VndPerUnit { get; private set; }

    public DateTimeOffset SetAt { get; private set; }

    public string SetBy { get; private set; } = string.Empty;
}
