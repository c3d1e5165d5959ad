using Microsoft.AspNetCore.Http;

namespace Marketplace.SharedKernel.Files;

public static class UploadedFiles
{
    /// <summary>
    /// Reads uploaded files for a command, each at most one byte past the limit: enough for the
    /// validator to say "too large" without holding a huge upload in memory.
    /// </summary>
    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var result = new List<UploadedFile>();
        foreach (var file in files)
        {
            var limit = (int)Math.Min(file.Length, UploadedFile.MaxDocumentBytes + 1);
            var buffer = new byte[limit];
            await using var stream = file.OpenReadStream();
            var read = await stream.ReadAtLeastAsync(buffer, limit, throwOnEndOfStream: false, cancellationToken);
            result.Add(new UploadedFile(file.FileName, buffer.AsMemory(0, read)));
        }

        return result;
    }
}
