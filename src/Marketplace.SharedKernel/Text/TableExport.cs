using System.Globalization;
using CsvHelper;
using Marketplace.SharedKernel.Vietnam;
using MiniExcelLibs;

namespace Marketplace.SharedKernel.Text;

/// <summary>
/// A table as the files an admin opens in a spreadsheet: CSV in UTF-8 with a byte order mark
/// (Excel needs it to show Vietnamese), text a spreadsheet would run as a formula escaped; and
/// an .xlsx workbook of one sheet, numbers kept as numbers.
/// </summary>
public static class TableExport
{
    public const string CsvType = "text/csv; charset=utf-8";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(IReadOnlyList<string> headings, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord([.. headings]);
            foreach (var row in rows)
            {
                csv.WriteRecord(row.Select(cell => cell switch
                {
                    null => null,
                    DateTimeOffset at => at.ToOffset(VietnamTime.Offset).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
                    DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), // never 12/01, read as 12 January in Vietnam
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => cell.ToString(),
                }).ToArray());
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The tables of a workbook in one CSV, which holds one table of one width: a title line, then
    /// each table under its name and headings, a blank line between, every line as wide as the widest.
    /// </summary>
    public static byte[] Csv(string title, IReadOnlyList<(string Sheet, IReadOnlyList<string> Headings, IEnumerable<object?[]> Rows)> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var width = Math.Max(1, sheets.Max(s => s.Headings.Count));
        object?[] Padded(IEnumerable<object?> cells) => [.. cells.Concat(Enumerable.Repeat<object?>(null, width)).Take(width)];
        var lines = new List<object?[]>();
        foreach (var (sheet, headings, rows) in sheets)
        {
            lines.Add(Padded([sheet]));
            lines.Add(Padded(headings));
            lines.AddRange(rows.Select(Padded));
            lines.Add(Padded([]));
        }

        return Csv([.. Padded([title]).Select(c => (string?)c ?? string.Empty)], lines);
    }

    public static byte[] Xlsx(string sheet, IReadOnlyList<string> headings, IEnumerable<object?[]> rows) => Workbook([(sheet, headings, rows)]);

    /// <summary>One workbook of several sheets, each a table under its headings.</summary>
    public static byte[] Workbook(IReadOnlyList<(string Sheet, IReadOnlyList<string> Headings, IEnumerable<object?[]> Rows)> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (sheet, headings, rows) in sheets)
        {
            var lines = rows.Select(row =>
            {
                var line = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < headings.Count; i++)
                {
                    // A spreadsheet has no time zones: moments are written as Vietnam's wall-clock time.
                    line[headings[i]] = i < row.Length
                        ? row[i] switch
                        {
                            DateTimeOffset at => at.ToOffset(VietnamTime.Offset).DateTime,
                            DateOnly day => day.ToDateTime(TimeOnly.MinValue), // a date cell, whatever the library makes of DateOnly
                            var cell => cell,
                        }
                        : null;
                }

                return line;
            }).ToList();
            if (lines.Count == 0)
            {
                lines.Add(headings.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal)); // the headings, even of nothing
            }

            book[sheet] = lines;
        }

        using var stream = new MemoryStream();
        stream.SaveAs(book);
        return stream.ToArray();
    }
}
