namespace Marketplace.SharedKernel.Files;

/// <summary>
/// Where uploaded files live. The host keeps them on disk (App_Data/files); a deployment with
/// several instances points it at shared storage.
/// </summary>
public interface IFileStore
{
    /// <summary>Saves the content under a new, unguessable key and returns it.</summary>
    Task<string> SaveAsync(ReadOnlyMemory<byte> content, string extension, CancellationToken cancellationToken);

    /// <summary>The file's content, or null when there is no such file.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
