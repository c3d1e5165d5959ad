namespace Marketplace.SharedKernel.Files;

/// <summary>A file as a command receives it: already read, so the handler can check its content.</summary>
public sealed record UploadedFile(string FileName, ReadOnlyMemory<byte> Content)
{
    public const long MaxDocumentBytes = 5 * 1024 * 1024;

    public string? DetectedContentType => FileSignature.Detect(Content.Span[..Math.Min(16, Content.Length)]);
}
