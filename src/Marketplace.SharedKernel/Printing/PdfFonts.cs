using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Marketplace.SharedKernel.Printing;

/// <summary>Configuration section "Invoices" (its first use): the font files every printed PDF uses.</summary>
public sealed class PdfFontOptions
{
    public const string Section = "Invoices";

    /// <summary>
    /// A TrueType font with Vietnamese letters; when empty, the usual system fonts are looked for (DejaVu Sans, Noto Sans,
    /// Liberation Sans, Arial).
    /// </summary>
    public string? FontPath { get; set; }

    public string? BoldFontPath { get; set; }
}

/// <summary>
/// PDFsharp needs the font files themselves; its own fonts lack Vietnamese letters (ơ, ư, ạ …).
/// This resolver serves one family, regular and bold, to invoices and labels alike, from the configured files or the
/// first of the usual system fonts that has both. PDFsharp takes one resolver per process, so the
/// first configuration seen is the one used.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Marketplace";

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf"),
        (@"C:\Windows\Fonts\arial.ttf", @"C:\Windows\Fonts\arialbd.ttf"),
        ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ];

    private static readonly Lock Gate = new();
    private static PdfFonts? _installed;

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    private PdfFonts(byte[] regular, byte[] bold)
    {
        _regular = regular;
        _bold = bold;
    }

    /// <summary>Installs the resolver once; false when no font with Vietnamese letters can be found.</summary>
    public static bool TryInstall(PdfFontOptions options)
    {
        lock (Gate)
        {
            if (_installed is not null)
            {
                return true;
            }

            var (regular, bold) = Find(options);
            if (regular is null)
            {
                return false;
            }

            _installed = new PdfFonts(File.ReadAllBytes(regular), File.ReadAllBytes(bold ?? regular));
            GlobalFontSettings.FontResolver = _installed;
            return true;
        }
    }

    /// <summary>Null once the fonts are installed; else the error to give for a document that cannot be printed here.</summary>
    public static Results.Error? Require(PdfFontOptions options) => TryInstall(options) ? null : Results.Error.Unavailable("pdf.no_font", Text.Bilingual.Pick(
        "Máy chủ thiếu phông chữ tiếng Việt để in tài liệu (cài gói fonts-dejavu-core hoặc đặt Invoices:FontPath).",
        "The server has no font with Vietnamese letters to print documents (install fonts-dejavu-core or set Invoices:FontPath)."));

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "Marketplace-Bold" : "Marketplace-Regular");

    public byte[]? GetFont(string faceName) => faceName == "Marketplace-Bold" ? _bold : _regular;

    /// <summary>
    /// The whole font file goes into the PDF: PDFsharp's subset drops the parts of composite glyphs,
    /// and Vietnamese letters with two marks (ố, ế, ấ) are drawn from such parts.
    /// </summary>
    public static XFont Font(double size, bool bold = false) => new(
        Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile));

    /// <summary>Shortens a text that would run past <paramref name="width"/> points, with an ellipsis.</summary>
    public static string Fit(string text, XFont font, double width)
    {
        using var measure = XGraphics.CreateMeasureContext(new XSize(1000, 100), XGraphicsUnit.Point, XPageDirection.Downwards);
        if (measure.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var fitted = text;
        while (fitted.Length > 1 && measure.MeasureString(fitted + "…", font).Width > width)
        {
            fitted = fitted[..^1];
        }

        return fitted + "…";
    }

    /// <summary>Binds <see cref="PdfFontOptions"/>; each module that prints calls it.</summary>
    public static IServiceCollection AddPdfFonts(IServiceCollection services)
    {
        services.AddOptions<PdfFontOptions>().BindConfiguration(PdfFontOptions.Section);
        return services;
    }

    private static (string? Regular, string? Bold) Find(PdfFontOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.FontPath) && File.Exists(options.FontPath))
        {
            return (options.FontPath, File.Exists(options.BoldFontPath) ? options.BoldFontPath : null);
        }

        var found = Candidates.FirstOrDefault(c => File.Exists(c.Regular));
        return found.Regular is null ? (null, null) : (found.Regular, File.Exists(found.Bold) ? found.Bold : null);
    }
}
