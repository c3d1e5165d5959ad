using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Marketplace.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// Uploads in S3-compatible object storage (s3rver on loopback, which checks the SDK's
/// signatures): a cooperative's application documents and a product's pictures land in the
/// bucket, not on the instance's disk; the pictures are public and cacheable once published, the
/// documents are read only through the app by those allowed; readiness fails when the store is
/// unreachable; and <c>copy-files</c> moves an existing disk store into the bucket, once.
/// </summary>
public sealed class ObjectStorageTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"marketplace-s3-{Guid.NewGuid():N}");
    private LoopbackServer? _store;
    private MarketplaceFactory? _host;

    private LoopbackServer Store => _store!;

    private MarketplaceFactory Host => _host!;

    public async ValueTask InitializeAsync()
    {
        _store = await SharedServers.StartObjectStoreAsync(_folder);
        _host = new MarketplaceFactory
        {
            ContentRoot = Path.Combine(_folder, "content-root"),
            Settings = SharedServers.ObjectStoreSettings(Store),
        };
        Directory.CreateDirectory(Host.ContentRoot!);
        await Host.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task UploadsLiveInTheBucket_PicturesArePublic_DocumentsStayPrivate()
    {
        var cooperative = await Host.ApprovedCooperativeAsync();
        var application = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/application")).JsonAsync();
        var documentId = application.GetProperty("documents")[0].GetProperty("documentId").GetGuid();

        var listing = await Host.Listing().SoldBy(cooperative).Named("Chè búp có ảnh").BuildAsync();
        using var picture = PictureForm();
        using var uploaded = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/products/{listing.ProductId}/images", picture);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var url = (await uploaded.JsonAsync()).GetProperty("images")[0].GetProperty("url").GetString();

        // In the bucket (the document, and the picture with its thumbnail), and nothing on the instance's disk.
        var keys = await KeysAsync();
        Assert.True(keys.Count >= 3, string.Join(", ", keys));
        Assert.Contains(keys, k => k.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Host.ContentRoot!, "App_Data", "files")));

        var anonymous = Host.CreateClient();
        using (var served = await anonymous.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl!.ToString());
            using var bitmap = SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync());
            Assert.Equal(1200, bitmap.Width);
        }

        using (var own = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/documents/{documentId}"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.True(own.Headers.CacheControl is { Private: true, NoStore: true }, own.Headers.CacheControl?.ToString());
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await own.Content.ReadAsByteArrayAsync(), 0, 4), StringComparison.Ordinal);
        }

        var (stranger, _) = await Host.NewPersonAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/cooperatives/documents/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/cooperatives/documents/{documentId}")).StatusCode);
    }

    [Fact]
    public async Task AnUnreachableStore_MakesTheInstanceNotReady()
    {
        using var client = Host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await Store.KillAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task CopyFiles_MovesADiskStoreIntoTheBucket_AndSkipsWhatIsThereOnASecondRun()
    {
        var disk = Path.Combine(_folder, "old-disk-store");
        Directory.CreateDirectory(disk);
        var files = new Dictionary<string, byte[]>
        {
            ["0f1e2d3c4b5a69788796a5b4c3d2e1f0.pdf"] = Cooperatives.Pdf,
            ["00112233445566778899aabbccddeeff.png"] = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3],
        };
        foreach (var (name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(disk, name), content);
        }

        Assert.Contains("Copied 2 files into the object store; 0 were there already.", await CopyFilesAsync(disk), StringComparison.Ordinal);
        Assert.Contains("Copied 0 files into the object store; 2 were there already.", await CopyFilesAsync(disk), StringComparison.Ordinal);

        using var s3 = Client();
        foreach (var (name, content) in files)
        {
            using var kept = await s3.GetObjectAsync(SharedServers.Bucket, name);
            using var read = new MemoryStream();
            await kept.ResponseStream.CopyToAsync(read);
            Assert.Equal(content, read.ToArray());
        }
    }

    private async Task<string> CopyFilesAsync(string disk)
    {
        var info = new ProcessStartInfo("dotnet", [WebProcess.AssemblyPath(), "copy-files"])
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Site__PublicBaseUrl"] = "http://localhost:8080/";
        info.Environment["Database__Provider"] = Host.Database.Provider;
        info.Environment["ConnectionStrings__Marketplace"] = Host.Database.ConnectionString;
        info.Environment["Files__Directory"] = disk;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in SharedServers.ObjectStoreSettings(Store, "__"))
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"copy-files exited with {process.ExitCode}: {await output}{await errors}");
        return await output;
    }

    private AmazonS3Client Client() => new(
        new BasicAWSCredentials("S3RVER", "S3RVER"),
        new AmazonS3Config
        {
            ServiceURL = $"http://127.0.0.1:{Store.Port}",
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });

    private async Task<List<string>> KeysAsync()
    {
        using var s3 = Client();
        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = SharedServers.Bucket });
        return listed.S3Objects?.Select(o => o.Key).ToList() ?? [];
    }

    internal static MultipartFormDataContent PictureForm()
    {
        using var bitmap = new SKBitmap(1600, 1200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.OliveDrab);
        }

        using var encoded = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 90);
        var file = new ByteArrayContent(encoded.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { file, "file", "che-bup.jpg" } };
    }
}
