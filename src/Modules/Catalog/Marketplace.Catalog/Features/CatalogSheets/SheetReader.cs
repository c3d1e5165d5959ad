using System.Globalization;
using System.Text;
using CsvHelper;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using MiniExcelLibs;

namespace Marketplace.Catalog.Features.CatalogSheets;

internal enum SheetKind
{
    Products,
    Lots,
}

/// <summary>A line of a sheet as the person sees it: the row number their spreadsheet shows, and its cells as text.</summary>
internal sealed record SheetRow(int Line, string?[] Cells);

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

        var raw = content.Span.StartsWith("PK\u0003\u0004"u8) ? ReadWorkbook(content) : ReadCsv(content);
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

    private static Result<IReadOnlyList<(string Name, IReadOnlyList<SheetRow> Lines)>> ReadWorkbook(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            var sheets = new List<(string, IReadOnlyList<SheetRow>)>();
            var read = 0;
            foreach (var sheet in stream.GetSheetNames())
            {
                var lines = new List<SheetRow>();
                var line = 0;
                foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: sheet))
                {
                    // A workbook is refused, not cut short, when it is larger than any catalog:
                    // rows are counted across all its sheets, blank ones too, and so are columns.
                    if (++read > MaxLines * 2 || row.Count > MaxColumns)
                    {
                        return Invalid(read > MaxLines * 2
                            ? Bilingual.Pick(
                                $"Tệp có hơn {MaxLines:N0} dòng; hãy chia thành nhiều tệp.", $"The file has more than {MaxLines:N0} lines; split it.")
                            : Bilingual.Pick($"Bảng \"{sheet}\" có hơn {MaxColumns} cột.", $"The sheet \"{sheet}\" has more than {MaxColumns} columns."));
                    }

                    line++;
                    lines.Add(new SheetRow(line, row.Values.Select(CellText).ToArray()));
                }

                sheets.Add((sheet, lines));
            }

            return sheets;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or KeyNotFoundException
                                      or FormatException or IndexOutOfRangeException or NullReferenceException or ArgumentException)
        {
            return Invalid(Bilingual.Pick(
                "Không đọc được tệp Excel: hãy lưu lại dạng Excel Workbook (.xlsx) hoặc CSV UTF-8.",
                "The Excel file cannot be read: save it again as an Excel Workbook (.xlsx) or CSV UTF-8."));
        }
    }

    private static Result<IReadOnlyList<(string Name, IReadOnlyList<SheetRow> Lines)>> ReadCsv(ReadOnlyMemory<byte> content)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content.Span);
        }
        catch (DecoderFallbackException)
        {
            return Invalid(Bilingual.Pick(
                "Tệp không phải Excel (.xlsx) hay CSV mã hóa UTF-8. Trong Excel, chọn Lưu thành → CSV UTF-8.",
                "The file is neither Excel (.xlsx) nor CSV saved as UTF-8. In Excel, choose Save As → CSV UTF-8."));
        }

        // The separator is found from the first lines: Excel in a Vietnamese locale writes semicolons.
        var lines = new List<SheetRow>();
        using var csv = CsvReader.Create(content, new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true });
        csv.ReadHeader();
        if (csv.Headers.Count == 0)
        {
            return Invalid(Bilingual.Pick("Tệp trống.", "The file is empty."));
        }

        lines.Add(new SheetRow(1, csv.Headers.Select(h => (string?)h.TrimStart('\uFEFF')).ToArray()));
        while (csv.Read())
        {
            var cells = new string?[csv.Headers.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Unescaped(csv.GetString(i));
            }

            lines.Add(new SheetRow((int)csv.LineNumber, cells));
            if (lines.Count > MaxLines * 2 || cells.Length > MaxColumns)
            {
                return Invalid(Bilingual.Pick(
                    $"Tệp có hơn {MaxLines:N0} dòng hoặc {MaxColumns} cột; hãy chia thành nhiều tệp.",
                    $"The file has more than {MaxLines:N0} lines or {MaxColumns} columns; split it."));
            }
        }

        return new List<(string, IReadOnlyList<SheetRow>)> { ("CSV", lines) };
    }

    /// <summary>A cell as text: numbers as written without grouping, dates as ISO dates (the parsers read both).</summary>
    private static string? CellText(object? value) => value switch
    {
        null => null,
        string s => Unescaped(s),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The export escapes text a spreadsheet would run as a formula with a leading apostrophe; it is not part of the value.</summary>
    private static string Unescaped(string text) =>
        text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' ? text[1..] : text;

    private static Error Invalid(string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [message] });
}
