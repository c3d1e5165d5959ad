namespace Marketplace.SharedKernel.Trade;

/// <summary>
/// The Incoterms® 2020 rules a buyer abroad asks a price under: who carries the goods how far, and
/// who insures them. Each is followed by a named place: the seller's or the carrier's place in
/// Vietnam (EXW, FCA), the port of shipment (FAS, FOB), or the place or port of destination (the rest).
/// </summary>
public static class Incoterms
{
    public static readonly IReadOnlyList<string> All = ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"];

    public static bool IsKnown(string? rule) => rule is not null && All.Contains(rule, StringComparer.Ordinal);
}
