namespace Marketplace.Catalog.Domain;

/// <summary>The units Vietnamese buyers buy in. Yến, tạ and tấn are 10, 100 and 1000 kg.</summary>
internal enum SaleUnit
{
    Gram,
    Kilogram,
    Yen,
    Ta,
    Tan,
    Bag,
    Box,
}

internal static class SaleUnitCodes
{
    public static string Code(this SaleUnit unit) => unit switch
    {
        SaleUnit.Gram => "g",
        SaleUnit.Kilogram => "kg",
        SaleUnit.Yen => "yen",
        SaleUnit.Ta => "ta",
        SaleUnit.Tan => "tan",
        SaleUnit.Bag => "bag",
        SaleUnit.Box => "box",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };
}
