using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// A real server program (redis-server, haproxy, an SMTP server, an S3-compatible server) run on
/// loopback for one test, and stopped with it. The test command installs the programs; a test
/// that needs one the machine lacks is skipped, saying which.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LoopbackServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The program's path, or the test is skipped: the test command installs it.</summary>
    public static string Require(string path, string what)
    {
        Assert.SkipUnless(File.Exists(path), $"{what} ({path}) is not installed: scripts/test installs it.");
        return path;
    }

    /// <summary>Starts the program and waits until its port takes connections.</summary>
    public static async Task<LoopbackServer> StartAsync(
        string program, IEnumerable<string> arguments, int port, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        var server = new LoopbackServer(process, port);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitForPortAsync(timeout ?? TimeSpan.FromSeconds(30));
        }
        catch
        {
            // Not listening in time: stopped here, or it outlives the test run (a web instance would
            // go on retrying its database, taking CPU from every test after it).
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public async Task WaitForPortAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < until && !_process.HasExited)
            {
                await Task.Delay(50);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"{_process.StartInfo.FileName} is not listening on {Port}: {Output}");
            }
        }
    }

    /// <summary>Kills the program at once (SIGKILL), as a crash would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

/// <summary>The servers a deployment of several instances shares, each started on loopback.</summary>
public static class SharedServers
{
    public const string Bucket = "marketplace-files";

    /// <summary>
    /// s3rver, an S3-compatible server from npm (Debian serves no MinIO). It checks AWS
    /// signatures with its fixed keys, so the SDK signs as it would for a real store.
    /// </summary>
    public static async Task<LoopbackServer> StartObjectStoreAsync(string folder)
    {
        var s3rver = Environment.GetEnvironmentVariable("MARKETPLACE_TEST_S3RVER") ?? string.Empty;
        Assert.SkipWhen(s3rver.Length == 0 || !File.Exists(s3rver), "MARKETPLACE_TEST_S3RVER is not set: scripts/test installs s3rver and sets it.");
        Directory.CreateDirectory(folder);
        var port = LoopbackServer.FreePort();
        return await LoopbackServer.StartAsync(
            "node",
            [s3rver, "-d", folder, "-a", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket],
            port);
    }

    public static Dictionary<string, string> ObjectStoreSettings(LoopbackServer store, string separator = ":") => new()
    {
        [$"Files{separator}Store"] = "S3",
        [$"Files{separator}S3{separator}ServiceUrl"] = $"http://127.0.0.1:{store.Port}",
        [$"Files{separator}S3{separator}Bucket"] = Bucket,
        [$"Files{separator}S3{separator}AccessKey"] = "S3RVER",
        [$"Files{separator}S3{separator}SecretKey"] = "S3RVER",
    };

    public static async Task<LoopbackServer> StartRedisAsync()
    {
        var redis = LoopbackServer.Require("/usr/bin/redis-server", "Debian's redis-server");
        var port = LoopbackServer.FreePort();
        return await LoopbackServer.StartAsync(
            redis,
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no"],
            port);
    }

    /// <summary>aiosmtpd (Debian's python3-aiosmtpd): a real SMTP server writing each mail it takes into a Maildir.</summary>
    public static async Task<LoopbackServer> StartSmtpAsync(string maildir)
    {
        LoopbackServer.Require("/usr/lib/python3/dist-packages/aiosmtpd/__init__.py", "Debian's python3-aiosmtpd");
        var port = LoopbackServer.FreePort();
        return await LoopbackServer.StartAsync(
            "/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-u", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir], port);
    }

    /// <summary>The mails an SMTP server from <see cref="StartSmtpAsync"/> has taken.</summary>
    public static string[] Mails(string maildir) =>
        Directory.Exists(Path.Combine(maildir, "new")) ? Directory.GetFiles(Path.Combine(maildir, "new")) : [];
}
