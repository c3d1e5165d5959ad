using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Marketplace.SharedKernel.Printing;

/// <summary>A column of a printed table: its heading, its share of the page's width, and whether it holds figures (set right).</summary>
public sealed record PdfColumn(string Heading, double Weight, bool Figures = false);

/// <summary>A table under its own heading; a row marked as a total is printed in bold.</summary>
public sealed record PdfTable(
    string Heading, IReadOnlyList<PdfColumn> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows, IReadOnlySet<int>? TotalRows = null);

/// <summary>What a printed report holds: a title, lines under it (who, which span), its tables one after another, and a closing note.</summary>
public sealed record PdfReport(string Title, IReadOnlyList<string> Lines, IReadOnlyList<PdfTable> Tables, string? Footnote = null);

/// <summary>
/// Lays reports of tables out on A4 pages (landscape when a table is wide) with PDFsharp and the
/// font <see cref="PdfFonts"/> serves: a table's headings are printed again on each page it runs
/// onto, a cell too long for its column is cut with an ellipsis, and every page is numbered. For
/// the documents people print or send on (a ledger statement for a bank, the alliance's monthly
/// report), where a spreadsheet is not what is asked for.
/// </summary>
public static class TablePdf
{
    private const double Margin = 36;
    private const double RowHeight = 14;

    public static byte[] Render(PdfReport report, bool landscape = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        var regular = PdfFonts.Font(8.5);
        var bold = PdfFonts.Font(8.5, bold: true);
        var heading = PdfFonts.Font(11, bold: true);
        var title = PdfFonts.Font(15, bold: true);
        PdfPage page = null!;
        XGraphics gfx = null!;
        double y = 0;
        double width = 0;

        void NewPage()
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            page.Orientation = landscape ? PdfSharp.PageOrientation.Landscape : PdfSharp.PageOrientation.Portrait;
            gfx = XGraphics.FromPdfPage(page);
            width = page.Width.Point - (2 * Margin);
            y = Margin;
        }

        bool Full(double needed) => y + needed > page.Height.Point - Margin - RowHeight;

        NewPage();
        gfx.DrawString(report.Title, title, XBrushes.Black, new XRect(Margin, y, width, 20), XStringFormats.TopLeft);
        y += 24;
        foreach (var line in report.Lines)
        {
            gfx.DrawString(PdfFonts.Fit(line, regular, width), regular, XBrushes.Black, new XRect(Margin, y, width, RowHeight), XStringFormats.TopLeft);
            y += RowHeight;
        }

        foreach (var table in report.Tables)
        {
            y += 10;
            if (Full(3 * RowHeight + 20))
            {
                NewPage();
            }

            gfx.DrawString(table.Heading, heading, XBrushes.Black, new XRect(Margin, y, width, 16), XStringFormats.TopLeft);
            y += 18;
            var total = table.Columns.Sum(c => c.Weight);
            var lefts = new double[table.Columns.Count];
            var widths = table.Columns.Select(c => width * c.Weight / total).ToArray();
            for (var i = 1; i < lefts.Length; i++)
            {
                lefts[i] = lefts[i - 1] + widths[i - 1];
            }

            void Cells(IReadOnlyList<string?> cells, XFont font)
            {
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var text = i < cells.Count ? cells[i] ?? string.Empty : string.Empty;
                    var format = table.Columns[i].Figures ? XStringFormats.TopRight : XStringFormats.TopLeft;
                    var cell = new XRect(Margin + lefts[i] + 2, y, widths[i] - 4, RowHeight);
                    gfx.DrawString(PdfFonts.Fit(text, font, widths[i] - 4), font, XBrushes.Black, cell, format);
                }

                y += RowHeight;
            }

            void Headings()
            {
                gfx.DrawLine(XPens.Black, Margin, y, Margin + width, y);
                y += 2;
                Cells([.. table.Columns.Select(c => c.Heading)], bold);
                gfx.DrawLine(XPens.Black, Margin, y, Margin + width, y);
                y += 2;
            }

            Headings();
            for (var r = 0; r < table.Rows.Count; r++)
            {
                if (Full(RowHeight))
                {
                    NewPage();
                    Headings();
                }

                Cells(table.Rows[r], table.TotalRows?.Contains(r) == true ? bold : regular);
            }

            gfx.DrawLine(XPens.Black, Margin, y, Margin + width, y);
        }

        if (report.Footnote is { } footnote)
        {
            if (Full(40))
            {
                NewPage();
            }

            y += 10;
            new XTextFormatter(gfx).DrawString(footnote, PdfFonts.Font(7.5), XBrushes.Black, new XRect(Margin, y, width, 40));
        }

        gfx.Dispose();
        var small = PdfFonts.Font(7.5);
        for (var n = 0; n < document.PageCount; n++)
        {
            using var numbers = XGraphics.FromPdfPage(document.Pages[n]);
            var at = new XRect(Margin, document.Pages[n].Height.Point - Margin + 4, document.Pages[n].Width.Point - (2 * Margin), RowHeight);
            numbers.DrawString(
                string.Create(CultureInfo.InvariantCulture, $"{n + 1}/{document.PageCount}"), small, XBrushes.Black, at, XStringFormats.TopRight);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
