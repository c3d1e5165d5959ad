using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Marketplace.SharedKernel.Files;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Files;

/// <summary>
/// Uploads in an S3-compatible bucket, under the same random keys the disk store gives (a key
/// never comes from the uploader). Also the readiness check: an instance that cannot reach its
/// bucket is taken out of the balancer rather than answering 404 for every picture.
/// </summary>
internal sealed class S3FileStore(IAmazonS3 s3, IOptions<S3StoreOptions> options) : IFileStore, IHealthCheck
{
    private readonly S3StoreOptions _options = options.Value;

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, string extension, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + extension;
        await PutAsync(key, content, cancellationToken);
        return key;
    }

    /// <summary>Writes a file under a key it already has (the copy from a disk store keeps its keys).</summary>
    public async Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        await s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _options.Bucket,
                Key = _options.Prefix + key,
                InputStream = stream,
                AutoCloseStream = false,
                ContentType = ContentTypeOf(key),
                UseChunkEncoding = false,
            },
            cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await s3.GetObjectAsync(_options.Bucket, _options.Prefix + key, cancellationToken);
            using var content = new MemoryStream();
            await response.ResponseStream.CopyToAsync(content, cancellationToken);
            return content.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await s3.GetObjectMetadataAsync(_options.Bucket, _options.Prefix + key, cancellationToken);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        await s3.DeleteObjectAsync(_options.Bucket, _options.Prefix + key, cancellationToken);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // One key at most: enough to prove the bucket is there and the keys are accepted.
            await s3.ListObjectsAsync(new ListObjectsRequest { BucketName = _options.Bucket, MaxKeys = 1 }, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is AmazonS3Exception or Amazon.Runtime.AmazonServiceException or HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The bucket \"{_options.Bucket}\" cannot be reached.", e);
        }
    }

    private static string ContentTypeOf(string key) => Path.GetExtension(key).ToLowerInvariant() switch
    {
        ".png" => FileSignature.Png,
        ".jpg" or ".jpeg" => FileSignature.Jpeg,
        ".pdf" => FileSignature.Pdf,
        _ => "application/octet-stream",
    };
}
