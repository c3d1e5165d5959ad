using System.Globalization;
using Marketplace.SharedKernel.Printing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>What one lot label says, in Vietnamese as goods labels in Vietnam must (Decree 43/2017).</summary>
internal sealed record LotLabelContent(
    string ProductName,
    string Producer,
    string LotCode,
    DateOnly ProducedOn,
    DateOnly? ExpiresOn,
    string? NetQuantity,
    string Origin,
    string? Certificates,
    string TraceUrl);

/// <summary>
/// Lays lot labels out with PDFsharp: the QR code (drawn as vector squares, sharp at any printer
/// resolution, error correction Q) on the left, the lines beside it in a size the label allows.
/// </summary>
internal static class LotLabelPdf
{
    private const double PointsPerMillimetre = 72 / 25.4;
    private const double Padding = 2 * PointsPerMillimetre;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static byte[] Render(LotLabelContent label, LotLabelSize size, int copies)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"Nhãn lô {label.LotCode}";
        document.Info.Author = label.Producer;
        var modules = QrModules(label.TraceUrl);
        XGraphics? gfx = null;
        for (var i = 0; i < copies; i++)
        {
            var slot = i % size.PerPage;
            if (slot == 0)
            {
                gfx?.Dispose();
                var page = document.AddPage();
                page.Width = XUnit.FromMillimeter(size.PageWidth);
                page.Height = XUnit.FromMillimeter(size.PageHeight);
                gfx = XGraphics.FromPdfPage(page);
            }

            // The sheet's labels are centred on the page: A4 sheets leave the same margin all round.
            var left = (size.PageWidth - (size.Columns * size.LabelWidth)) / 2;
            var top = (size.PageHeight - (size.Rows * size.LabelHeight)) / 2;
            var box = new XRect(
                (left + (slot % size.Columns * size.LabelWidth)) * PointsPerMillimetre,
                (top + (slot / size.Columns * size.LabelHeight)) * PointsPerMillimetre,
                size.LabelWidth * PointsPerMillimetre,
                size.LabelHeight * PointsPerMillimetre);
            Draw(gfx!, box, label, modules);
        }

        gfx?.Dispose();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(XGraphics gfx, XRect box, LotLabelContent label, bool[][] modules)
    {
        var qrSide = Math.Min(box.Height - (2 * Padding), box.Width * 0.42);
        DrawQr(gfx, new XPoint(box.X + Padding, box.Y + ((box.Height - qrSide) / 2)), qrSide, modules);

        var textLeft = box.X + (2 * Padding) + qrSide;
        var textWidth = box.Right - Padding - textLeft;
        var lines = new List<(string Text, bool Bold)>
        {
            (label.ProductName, true),
            (label.Producer, false),
            ($"Lô: {label.LotCode}", true),
            ($"NSX: {Date(label.ProducedOn)}", false),
        };
        if (label.ExpiresOn is { } expires)
        {
            lines.Add(($"HSD: {Date(expires)}", false));
        }

        if (label.NetQuantity is { } net)
        {
            lines.Add(($"Khối lượng tịnh: {net}", false));
        }

        lines.Add(($"Xuất xứ: {label.Origin}", false));
        if (label.Certificates is { } certificates)
        {
            lines.Add((certificates, false));
        }

        // The largest size (9 pt down to 5.5 pt) at which every line fits the label's height, a long
        // one wrapping to two lines; on the smallest rolls the last lines (certificates, origin)
        // give way before the text gets too small to read.
        const double lineHeight = 1.22;
        var height = box.Height - (2 * Padding);
        List<(string Text, XFont Font)> drawn;
        var size = 9.0;
        while (true)
        {
            drawn = Layout(gfx, lines, size, textWidth);
            if (drawn.Count * size * lineHeight <= height)
            {
                break;
            }

            if (size > 5.5)
            {
                size -= 0.5;
            }
            else if (lines.Count > 4)
            {
                lines.RemoveAt(lines.Count - 1);
            }
            else
            {
                break;
            }
        }

        var y = box.Y + ((box.Height - (drawn.Count * size * lineHeight)) / 2);
        foreach (var (text, font) in drawn)
        {
            gfx.DrawString(text, font, XBrushes.Black, new XRect(textLeft, y, textWidth, size * lineHeight), XStringFormats.TopLeft);
            y += size * lineHeight;
        }
    }

    /// <summary>The lines at one size, each wrapped to two lines at most (then shortened).</summary>
    private static List<(string Text, XFont Font)> Layout(XGraphics gfx, List<(string Text, bool Bold)> lines, double size, double width)
    {
        var regular = PdfFonts.Font(size);
        var bold = PdfFonts.Font(size, bold: true);
        var drawn = new List<(string Text, XFont Font)>();
        foreach (var (text, isBold) in lines)
        {
            var font = isBold ? bold : regular;
            drawn.AddRange(Wrap(gfx, text, font, width, 2).Select(w => (w, font)));
        }

        return drawn;
    }

    /// <summary>The dark modules, quiet zone included, each row's runs drawn as one rectangle.</summary>
    private static void DrawQr(XGraphics gfx, XPoint origin, double side, bool[][] modules)
    {
        var module = side / modules.Length;
        for (var row = 0; row < modules.Length; row++)
        {
            var column = 0;
            while (column < modules[row].Length)
            {
                if (!modules[row][column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < modules[row].Length && modules[row][column])
                {
                    column++;
                }

                // A hair wider than the module, so that no white seam shows between neighbours.
                gfx.DrawRectangle(XBrushes.Black, origin.X + (start * module), origin.Y + (row * module), ((column - start) * module) + 0.05, module + 0.05);
            }
        }
    }

    private static bool[][] QrModules(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        return [.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())];
    }

    private static List<string> Wrap(XGraphics gfx, string text, XFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines - 1), string.Join(' ', lines.Skip(maxLines - 1))];
        }

        return [.. lines.Select(l => PdfFonts.Fit(l, font, width))];
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Vietnamese);
}
