using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.CatalogSheets;

internal enum SheetKind
{
    Products,
    Lots,
}

/// <summary>One sheet of an uploaded file, its columns found by their headings.</summary>
internal sealed class SheetTable(SheetKind kind, string name, IReadOnlyDictionary<string, int> columns, IReadOnlyList<SheetRow> rows)
{
    public SheetKind Kind => kind;

    public string Name => name;

    public IReadOnlyList<SheetRow> Rows => rows;

    public bool Has(SheetColumn column) => columns.ContainsKey(column.Key);

    /// <summary>The cell's text, trimmed; null when blank or when the sheet has no such column.</summary>
    public string? Cell(SheetRow row, SheetColumn column) =>
        columns.TryGetValue(column.Key, out var index) && index < row.Cells.Length && !string.IsNullOrWhiteSpace(row.Cells[index])
            ? row.Cells[index]!.Trim()
            : null;
}

/// <summary>
/// Reads an uploaded catalog file, Excel (.xlsx, every sheet) or CSV (UTF-8, comma or semicolon),
/// into <see cref="SheetTable"/>s. A file that cannot be read as either, or that holds no sheet
/// with the catalog's headings, is refused as a whole, in words the person can act on.
/// </summary>
internal static class SheetReader
{
    public const int MaxBytes = (int)UploadedFile.MaxDocumentBytes;
    public const int MaxLines = 20_000;

    /// <summary>The catalog has 14 columns; a sheet may add its own notes beside them, not thousands.</summary>
    public const int MaxColumns = 100;

    public static Result<IReadOnlyList<SheetTable>> Read(ReadOnlyMemory<byte> content)
    {
        if (content.Length > MaxBytes)
        {
            return Invalid(Bilingual.Pick("Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp.", "The file is larger than 5 MB; split it into several files."));
        }

        if (content.Length == 0)
        {
            return Invalid(Bilingual.Pick("Tệp trống.", "The file is empty."));
        }

        var raw = Spreadsheet.Read(content, MaxLines, MaxColumns);
        if (!raw.IsSuccess)
        {
            return raw.Error!;
        }

        var tables = new List<SheetTable>();
        foreach (var (name, lines) in raw.Value)
        {
            if (Table(name, lines) is { } table)
            {
                if (!table.IsSuccess)
                {
                    return table.Error!;
                }

                tables.Add(table.Value);
            }
        }

        if (tables.Count == 0)
        {
            return Invalid(Bilingual.Pick(
                "Không thấy bảng sản phẩm (cột \"Tên sản phẩm\", \"Đơn vị\", \"Giá (đ)\") hay bảng lô hàng (cột \"Mã lô\") trong tệp. "
                    + "Hãy tải mẫu bảng tính và điền vào đó.",
                "The file has no products table (columns \"Product name\", \"Unit\", \"Price (VND)\") nor lots table (column \"Lot code\"). "
                    + "Download the template and fill it in."));
        }

        if (tables.Sum(t => t.Rows.Count) > MaxLines)
        {
            return Invalid(Bilingual.Pick(
                $"Tệp có hơn {MaxLines:N0} dòng; hãy chia thành nhiều tệp.", $"The file has more than {MaxLines:N0} lines; split it into several files."));
        }

        return tables;
    }

    /// <summary>A sheet's first non-blank line is its headings; a sheet without the catalog's headings (the guide) is skipped.</summary>
    private static Result<SheetTable>? Table(string name, IReadOnlyList<SheetRow> lines)
    {
        var headingRow = lines.FirstOrDefault(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));
        if (headingRow is null)
        {
            return null;
        }

        var headings = headingRow.Cells.Select(c => VietnameseText.Fold(c?.Trim() ?? string.Empty)).ToList();
        var kind = headings.Any(CatalogSheetColumns.LotCode.Matches) ? SheetKind.Lots
            : headings.Any(CatalogSheetColumns.Price.Matches) ? SheetKind.Products
            : (SheetKind?)null;
        if (kind is null)
        {
            return null;
        }

        var known = kind == SheetKind.Lots ? CatalogSheetColumns.LotColumns : CatalogSheetColumns.ProductColumns;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headings.Count; i++)
        {
            if (known.FirstOrDefault(c => c.Matches(headings[i])) is not { } column)
            {
                continue;
            }

            if (!columns.TryAdd(column.Key, i))
            {
                return Invalid(Bilingual.Pick(
                    $"Bảng \"{name}\" có hai cột \"{column.Heading}\"; hãy giữ một.",
                    $"The sheet \"{name}\" has two \"{column.HeadingEnglish}\" columns; keep one."));
            }
        }

        var rows = lines.SkipWhile(l => l != headingRow).Skip(1).Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        return new SheetTable(kind.Value, name, columns, rows);
    }

    private static Error Invalid(string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [message] });
}
