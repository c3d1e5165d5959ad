namespace Marketplace.Payments.Domain;

/// <summary>The commission rate in force from a moment on; the latest one before an order was placed is that order's.</summary>
internal sealed class CommissionRate
{
    private CommissionRate()
    {
    }

    public CommissionRate(int basisPoints, DateTimeOffset effectiveFrom, string setBy)
    {
        Id = Guid.NewGuid();
        BasisPoints = basisPoints;
        EffectiveFrom = effectiveFrom;
        SetBy = setBy;
    }

    public Guid Id { get; private set; }

    /// <summary>Hundredths of a percent: 800 is 8 %.</summary>
    public int BasisPoints { get; private set; }

    public DateTimeOffset EffectiveFrom { get; private set; }

    public string SetBy { get; private set; } = string.Empty;
}

internal static class Commission
{
    /// <summary>Until an admin sets one: 5 %.</summary>
    public const int DefaultBasisPoints = 500;

    /// <summary><paramref name="amountVnd"/> × rate, rounded half away from zero to the đồng, in integers only.</summary>
    public static long Of(long amountVnd, int basisPoints)
    {
        var scaled = checked(Math.Abs(amountVnd) * basisPoints);
        var rounded = (scaled + 5_000) / 10_000;
        return amountVnd < 0 ? -rounded : rounded;
    }
}
