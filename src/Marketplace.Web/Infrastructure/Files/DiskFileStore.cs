using System.Security.Cryptography;
using Marketplace.SharedKernel.Files;

namespace Marketplace.Web.Infrastructure.Files;

/// <summary>
/// Uploaded files on local disk ("Files:Directory", App_Data/files by default), under random
/// names: a key never comes from the uploader, so it cannot point outside the folder.
/// </summary>
internal sealed class DiskFileStore(IConfiguration configuration, IWebHostEnvironment environment) : IFileStore
{
    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration["Files:Directory"] ?? "App_Data/files"));

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + extension;
        await File.WriteAllBytesAsync(Path.Combine(_root, key), content.ToArray(), cancellationToken);
        return key;
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return path is not null && File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (path is not null)
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    /// <summary>Every file's key, for the copy into object storage.</summary>
    public IEnumerable<string> Keys() =>
        Directory.Exists(_root)
            ? Directory.EnumerateFiles(_root).Select(Path.GetFileName).OfType<string>().Where(name => !name.StartsWith('.'))
            : [];

    private string? PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }
}
