namespace Marketplace.SharedKernel.Trade;

/// <summary>
/// The Incoterms® 2020 rules a buyer abroad asks a price under: who carries the goods how far, and
/// who insures them. Each is followed by a named place: the seller's or the carrier's place in
/// Vietnam (EXW, FCA), the port of shipment (FAS, FOB), or the place or port of destination (the rest).
/// </summary>
public static class Incoterms
{
    public static readonly IReadOnlyList<string> All = ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"];

    /// <summary>Rules for sea and inland waterway only.</summary>
    public static readonly IReadOnlyList<string> SeaOnly = ["FAS", "FOB", "CFR", "CIF"];

    public static bool IsKnown(string? rule) => rule is not null && All.Contains(rule, StringComparer.Ordinal);

    /// <summary>Whether the named place is in Vietnam (where the seller hands the goods over) rather than at destination.</summary>
    public static bool NamesPlaceOfShipment(string rule) => rule is "EXW" or "FCA" or "FAS" or "FOB";
}
