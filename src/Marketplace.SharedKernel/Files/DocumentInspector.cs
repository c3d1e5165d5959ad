using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using SkiaSharp;

namespace Marketplace.SharedKernel.Files;

/// <summary>A document as it is kept: its type, and its content written anew by us.</summary>
public sealed record CheckedDocument(string ContentType, byte[] Content, int Pages);

/// <summary>
/// Application documents and certificate scans, judged by what they are, not by what they claim:
/// a PDF must open as a PDF with 1 to <see cref="MaxPdfPages"/> pages, a picture must decode as
/// one. What is kept is written anew from what was read (the PDF's pages into a new PDF, the
/// picture re-encoded), so whatever rode along (a second file glued to the end, a script in a
/// polyglot, the picture's metadata) is not stored. The client's file name plays no part.
/// </summary>
public static class DocumentInspector
{
    public const int MaxPdfPages = 50;

    /// <summary>Scans wider or taller than this are scaled down to it.</summary>
    public const int MaxImageSide = 4_000;

    /// <summary>PDFsharp reads nested objects recursively; a hostile file must not be able to exhaust the stack or the clock.</summary>
    private const int ParserStackBytes = 64 * 1024 * 1024;

    private static readonly TimeSpan ParseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// At most two PDFs are read at once, and a reading that outlives its timeout keeps its place
    /// until it ends: hostile files cannot pile up runaway parsers.
    /// </summary>
    private static readonly SemaphoreSlim Readers = new(2);

    /// <summary>The document to keep, or null when the content is not a readable PDF, JPEG or PNG within the limits.</summary>
    public static CheckedDocument? Inspect(ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty || content.Length > UploadedFile.MaxDocumentBytes)
        {
            return null;
        }

        return FileSignature.Detect(content.Span[..Math.Min(16, content.Length)]) switch
        {
            FileSignature.Pdf => RewritePdf(content),
            FileSignature.Jpeg => ReencodeImage(content, FileSignature.Jpeg, SKEncodedImageFormat.Jpeg),
            FileSignature.Png => ReencodeImage(content, FileSignature.Png, SKEncodedImageFormat.Png),
            _ => null,
        };
    }

    private static CheckedDocument? ReencodeImage(ReadOnlyMemory<byte> content, string contentType, SKEncodedImageFormat format) =>
        ImageResizer.Resize(content, MaxImageSide, MaxImageSide, ImageFit.Contain, format) is { } image
            ? new CheckedDocument(contentType, image, 1)
            : null;

    private static CheckedDocument? RewritePdf(ReadOnlyMemory<byte> content)
    {
        if (!Readers.Wait(ParseTimeout))
        {
            return null;
        }

        CheckedDocument? result = null;
        var reader = new Thread(
            () =>
            {
                try
                {
                    using var input = PdfReader.Open(new MemoryStream(content.ToArray(), writable: false), PdfDocumentOpenMode.Import);
                    if (input.PageCount is < 1 or > MaxPdfPages)
                    {
                        return;
                    }

                    using var output = new PdfDocument();
                    foreach (var page in input.Pages)
                    {
                        output.AddPage(page);
                    }

                    using var written = new MemoryStream();
                    output.Save(written, closeStream: false);
                    result = new CheckedDocument(FileSignature.Pdf, written.ToArray(), input.PageCount);
                }
#pragma warning disable CA1031 // Whatever a hostile file makes the parser throw means one thing: not a readable PDF.
                catch (Exception)
#pragma warning restore CA1031
                {
                    result = null;
                }
                finally
                {
                    Readers.Release();
                }
            },
            ParserStackBytes)
        { IsBackground = true, Name = "pdf-inspection" };
        reader.Start();
        return reader.Join(ParseTimeout) ? result : null;
    }
}
