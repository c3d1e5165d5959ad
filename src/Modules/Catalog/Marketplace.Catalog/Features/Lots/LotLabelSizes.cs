namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// A sheet or roll of labels, in millimetres: A4 sheets of 24 (3 × 8 of 70 × 37 mm, sold
/// everywhere for office printers) and the rolls of the thermal label printers cooperatives
/// buy for packages (50 × 30, 60 × 40, 100 × 50), one label to a page as those printers expect.
/// </summary>
internal sealed record LotLabelSize(string Name, double PageWidth, double PageHeight, int Columns, int Rows, double LabelWidth, double LabelHeight)
{
    public static readonly IReadOnlyList<LotLabelSize> All =
    [
        new("a4", 210, 297, 3, 8, 70, 37),
        new("50x30", 50, 30, 1, 1, 50, 30),
        new("60x40", 60, 40, 1, 1, 60, 40),
        new("100x50", 100, 50, 1, 1, 100, 50),
    ];

    public int PerPage => Columns * Rows;

    public static LotLabelSize? Find(string? name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
