using PdfSharp.Fonts;

namespace Marketplace.Ordering.Features.Invoices;

/// <summary>
/// PDFsharp needs the font files themselves; its own fonts lack Vietnamese letters (ơ, ư, ạ …).
/// This resolver serves one family, "Invoice", regular and bold, from the configured files or the
/// first of the usual system fonts that has both. PDFsharp takes one resolver per process, so the
/// first configuration seen is the one used.
/// </summary>
internal sealed class InvoiceFonts : IFontResolver
{
    public const string Family = "Invoice";

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
    private static InvoiceFonts? _installed;

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    private InvoiceFonts(byte[] regular, byte[] bold)
    {
        _regular = regular;
        _bold = bold;
    }

    /// <summary>Installs the resolver once; false when no font with Vietnamese letters can be found.</summary>
    public static bool TryInstall(InvoiceOptions options)
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

            _installed = new InvoiceFonts(File.ReadAllBytes(regular), File.ReadAllBytes(bold ?? regular));
            GlobalFontSettings.FontResolver = _installed;
            return true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? "Invoice-Bold" : "Invoice-Regular");

    public byte[]? GetFont(string faceName) => faceName == "Invoice-Bold" ? _bold : _regular;

    private static (string? Regular, string? Bold) Find(InvoiceOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.FontPath) && File.Exists(options.FontPath))
        {
            return (options.FontPath, File.Exists(options.BoldFontPath) ? options.BoldFontPath : null);
        }

        var found = Candidates.FirstOrDefault(c => File.Exists(c.Regular));
        return found.Regular is null ? (null, null) : (found.Regular, File.Exists(found.Bold) ? found.Bold : null);
    }
}
