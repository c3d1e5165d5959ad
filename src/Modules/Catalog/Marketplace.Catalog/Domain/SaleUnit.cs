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

    public static SaleUnit? FromCode(string? code) => code switch
    {
        "g" => SaleUnit.Gram,
        "kg" => SaleUnit.Kilogram,
        "yen" => SaleUnit.Yen,
        "ta" => SaleUnit.Ta,
        "tan" => SaleUnit.Tan,
        "bag" => SaleUnit.Bag,
        "box" => SaleUnit.Box,
        _ => null,
    };

    /// <summary>Grams in one unit, for the units that are weights; bags and boxes carry their own net weight.</summary>
    public static int? Grams(this SaleUnit unit) => unit switch
    {
        SaleUnit.Gram => 1,
        SaleUnit.Kilogram => 1_000,
        SaleUnit.Yen => 10_000,
        SaleUnit.Ta => 100_000,
        SaleUnit.Tan => 1_000_000,
        _ => null,
    };
}
