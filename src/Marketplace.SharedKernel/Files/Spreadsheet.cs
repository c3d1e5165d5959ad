using System.Globalization;
using System.Text;
using CsvHelper;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using MiniExcelLibs;

namespace Marketplace.SharedKernel.Files;

/// <summary>A line of a sheet as the person sees it: the row number their spreadsheet shows, and its cells as text.</summary>
public sealed record SheetRow(int Line, string?[] Cells);

/// <summary>
/// Reads an uploaded spreadsheet, Excel (.xlsx, every sheet) or CSV (UTF-8; comma, semicolon or
/// tab), into its sheets' rows of text, for the importers that find their columns by heading
/// (the catalog, carriers' remittance statements). A file that cannot be read as either, or is
/// larger than the caller allows, is refused as a whole, in words the person can act on. Reading
/// stops at twice <c>maxLines</c> rows, blank ones counted (a sheet's lines are counted after the
/// blank ones are dropped, by the caller).
/// </summary>
public static class Spreadsheet
{
    public static Result<IReadOnlyList<(string Name, IReadOnlyList<SheetRow> Lines)>> Read(ReadOnlyMemory<byte> content, int maxLines, int maxColumns) =>
        content.Span.StartsWith("PK\u0003\u0004"u8) ? ReadWorkbook(content, maxLines, maxColumns) : ReadCsv(content, maxLines, maxColumns);

    private static Result<IReadOnlyList<(string Name, IReadOnlyList<SheetRow> Lines)>> ReadWorkbook(ReadOnlyMemory<byte> content, int maxLines, int maxColumns)
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
                    // A workbook is refused, not cut short, when it is larger than its reader allows:
                    // rows are counted across all its sheets, blank ones too, and so are columns.
                    if (++read > maxLines * 2 || row.Count > maxColumns)
                    {
                        return Invalid(read > maxLines * 2
                            ? Bilingual.Pick(
                                $"Tệp có hơn {maxLines:N0} dòng; hãy chia thành nhiều tệp.", $"The file has more than {maxLines:N0} lines; split it.")
                            : Bilingual.Pick($"Bảng \"{sheet}\" có hơn {maxColumns} cột.", $"The sheet \"{sheet}\" has more than {maxColumns} columns."));
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

    private static Result<IReadOnlyList<(string Name, IReadOnlyList<SheetRow> Lines)>> ReadCsv(ReadOnlyMemory<byte> content, int maxLines, int maxColumns)
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
            if (lines.Count > maxLines * 2 || cells.Length > maxColumns)
            {
                return Invalid(Bilingual.Pick(
                    $"Tệp có hơn {maxLines:N0} dòng hoặc {maxColumns} cột; hãy chia thành nhiều tệp.",
                    $"The file has more than {maxLines:N0} lines or {maxColumns} columns; split it."));
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
