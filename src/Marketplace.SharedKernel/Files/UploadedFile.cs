namespace Marketplace.SharedKernel.Files;

/// <summary>A file as a command receives it: already read, so the handler can check its content.</summary>
public sealed record UploadedFile(string FileName, ReadOnlyMemory<byte> Content)
{
    public const long MaxDocumentBytes = 5 * 1024 * 1024;

    private readonly Lazy<CheckedDocument?> _document = new(() => DocumentInspector.Inspect(Content));

    public string? DetectedContentType => FileSignature.Detect(Content.Span[..Math.Min(16, Content.Length)]);

    /// <summary>
    /// The file as a document to keep, or null when it is not one (<see cref="DocumentInspector"/>).
    /// Inspected once, by the validator before any transaction begins; the handler takes the result.
    /// </summary>
    public CheckedDocument? Document => _document.Value;
}
