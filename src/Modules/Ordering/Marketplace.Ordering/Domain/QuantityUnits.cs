using Marketplace.Ordering.Features.Rfqs;

namespace Marketplace.Ordering.Domain;

internal static class QuantityUnits
{
    public static int Kilograms(this QuantityUnit unit) => unit switch
    {
        QuantityUnit.Yen => 10,
        QuantityUnit.Ta => 100,
        QuantityUnit.Tan => 1_000,
        _ => 1,
    };

    /// <summary>The unit as an order line and an invoice write it.</summary>
    public static string Label(this QuantityUnit unit) => unit switch
    {
        QuantityUnit.Yen => "yến",
        QuantityUnit.Ta => "tạ",
        QuantityUnit.Tan => "tấn",
        _ => "kg",
    };
}
