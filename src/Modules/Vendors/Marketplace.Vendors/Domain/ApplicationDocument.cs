using Marketplace.SharedKernel;
namespace Marketplace.Vendors.Domain;

/// <summary>A document attached to an application (registration certificate, licences …).</summary>
internal sealed class ApplicationDocument
{
    private ApplicationDocument()
    {
    }

    public ApplicationDocument(Guid id, string fileName, string contentType, long size, string storageKey, DateTimeOffset uploadedAt)
    {
        Id = id;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        StorageKey = storageKey;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    public string StorageKey { get; private set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; private set; }
}
