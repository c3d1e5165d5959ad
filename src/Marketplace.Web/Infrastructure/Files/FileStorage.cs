using Amazon.Runtime;
using Amazon.S3;
using Marketplace.SharedKernel.Files;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Files;

/// <summary>
/// Where uploads live: on the local disk for the embedded default ("Files:Store" = "Disk"), or in
/// S3-compatible object storage ("S3") when several instances must see the same files. Private
/// documents stay private either way: the bucket is never public, every file is read through the
/// app's own endpoints, which check who asks (and let public pictures be cached for a year).
/// </summary>
internal static class FileStorage
{
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<S3StoreOptions>().Bind(configuration.GetSection(S3StoreOptions.Section));
        services.AddSingleton<DiskFileStore>();
        if (!IsObjectStorage(configuration))
        {
            services.AddSingleton<IFileStore>(provider => provider.GetRequiredService<DiskFileStore>());
            return services;
        }

        services.AddSingleton<IAmazonS3>(provider => CreateClient(provider.GetRequiredService<IOptions<S3StoreOptions>>().Value));
        services.AddSingleton<S3FileStore>();
        services.AddSingleton<IFileStore>(provider => provider.GetRequiredService<S3FileStore>());
        services.AddHealthChecks().AddCheck<S3FileStore>("object-storage", HealthStatus.Unhealthy, ["ready"]);
        return services;
    }

    public static bool IsObjectStorage(IConfiguration configuration) =>
        string.Equals(configuration["Files:Store"], "S3", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The official AWS SDK, which speaks to any S3-compatible server (MinIO, Ceph, Garage, a
    /// cloud's own) given its address. Path-style addresses (host/bucket/key) work on all of them;
    /// checksums only where the protocol requires them, as servers other than AWS's differ on the rest.
    /// </summary>
    private static AmazonS3Client CreateClient(S3StoreOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
            MaxErrorRetry = 3,
        };
        if (!string.IsNullOrEmpty(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }

        // Without keys in the configuration, the SDK's own chain finds them (environment, the
        // instance's or the pod's role), so no secret needs to be written into a file.
        return string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }
}

/// <summary>Configuration section "Files:S3".</summary>
internal sealed class S3StoreOptions
{
    public const string Section = "Files:S3";

    /// <summary>The server's address, for a store other than AWS's own (http://minio:9000).</summary>
    public string ServiceUrl { get; set; } = string.Empty;

    public string Bucket { get; set; } = "marketplace-files";

    public string Region { get; set; } = "us-east-1";

    public string AccessKey { get; set; } = string.Empty;

    public string SecretKey { get; set; } = string.Empty;

    public bool ForcePathStyle { get; set; } = true;

    /// <summary>Keys start with it, so one bucket may serve several marketplaces.</summary>
    public string Prefix { get; set; } = string.Empty;
}

/// <summary>
/// "copy-files": copies every file of the disk store into the object store, keeping its key,
/// so the rows that name them need no change. Run once when a deployment moves to object
/// storage; files already in the bucket are skipped, so a run that stopped halfway is run again.
/// </summary>
internal static class FileStoreCopy
{
    public static async Task<int> CopyDiskToObjectStoreAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        if (services.GetService<S3FileStore>() is not { } bucket)
        {
            await output.WriteLineAsync("Files:Store is not \"S3\": there is no object store to copy into.");
            return 2;
        }

        var disk = services.GetRequiredService<DiskFileStore>();
        int copied = 0, skipped = 0;
        foreach (var key in disk.Keys())
        {
            if (await bucket.ExistsAsync(key, cancellationToken))
            {
                skipped++;
                continue;
            }

            var content = await disk.ReadAsync(key, cancellationToken);
            if (content is not null)
            {
                await bucket.PutAsync(key, content, cancellationToken);
                copied++;
            }
        }

        await output.WriteLineAsync($"Copied {copied} files into the object store; {skipped} were there already.");
        return 0;
    }
}
