using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The marketplace as an operator runs it on several machines, here on loopback: two instances
/// of the built Marketplace.Web.dll (separate processes on Kestrel) on one PostgreSQL database,
/// sharing Redis (Debian's redis-server), an S3-compatible store (s3rver) and an SMTP server
/// (aiosmtpd), behind Debian's haproxy balancing round robin. Both instances are started at
/// the same moment on the empty database, with the demo data on, as the first thing.
/// A request may name the instance it wants with the X-Instance header (web1, web2): the proxy
/// sends it there, so a test says "made by one, used on the other" and means it.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    public const string InstanceHeader = "X-Instance";
    public const string ServedByHeader = "X-Served-By";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"marketplace-scale-out-{Guid.NewGuid():N}");
    private readonly List<LoopbackServer> _servers = [];
    private readonly LoopbackServer?[] _instances = new LoopbackServer?[2];
    private readonly int[] _instancePorts = [LoopbackServer.FreePort(), LoopbackServer.FreePort()];
    private LoopbackServer? _redis;
    private LoopbackServer? _store;
    private LoopbackServer? _smtp;
    private TestDatabase? _database;
    private bool _disposed;

    /// <summary>Why the cluster could not be built here (null: it runs).</summary>
    public string? Unavailable { get; private set; }

    public Uri Address { get; private set; } = null!;

    public TestDatabase Database => _database!;

    public string Maildir => Path.Combine(_folder, "maildir");

    public static IReadOnlyList<string> Instances { get; } = ["web1", "web2"];

    public async ValueTask InitializeAsync()
    {
        Unavailable = WhatIsMissing();
        if (Unavailable is not null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(_folder);
            _database = await TestDatabase.CreateAsync();
            _redis = Keep(await SharedServers.StartRedisAsync());
            _store = Keep(await SharedServers.StartObjectStoreAsync(Path.Combine(_folder, "bucket")));
            _smtp = Keep(await SharedServers.StartSmtpAsync(Maildir));
            var proxyPort = LoopbackServer.FreePort();
            Address = new Uri($"http://127.0.0.1:{proxyPort}/");

            // Both at once on the empty database: migrations, roles and demo data must not race.
            await Task.WhenAll(StartInstanceAsync(0), StartInstanceAsync(1));
            Keep(await StartProxyAsync(proxyPort));
            await WaitUntilReadyAsync(Address, TimeSpan.FromSeconds(30), null);
        }
        catch
        {
            // A fixture that fails to start is not disposed by xUnit: what did start stops here.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A client through the proxy; with an instance named, every request goes there.</summary>
    public HttpClient Client(string? instance = null, CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = true };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (instance is not null)
        {
            client.DefaultRequestHeaders.Add(InstanceHeader, instance);
        }

        return client;
    }

    /// <summary>A bearer token, asked for on the named instance.</summary>
    public async Task<string> TokenAsync(string email, string password, string instance)
    {
        using var client = Client(instance);
        using var response = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(instance, response.Headers.GetValues(ServedByHeader).Single());
        return (await response.JsonAsync()).GetProperty("accessToken").GetString()!;
    }

    public HttpClient BearerClient(string token, string? instance = null)
    {
        var client = Client(instance);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flush, requests under way cut off.</summary>
    public async Task KillAsync(string instance) => await _instances[Instances.ToList().IndexOf(instance)]!.KillAsync();

    /// <summary>Starts the instance again on its port, and waits until the proxy sends to it again.</summary>
    public async Task RestartAsync(string instance)
    {
        var index = Instances.ToList().IndexOf(instance);
        if (_instances[index] is { } old)
        {
            await old.DisposeAsync();
        }

        await StartInstanceAsync(index);
        await People.EventuallyAsync(
            async () =>
            {
                using var client = Client(instance);
                using var response = await client.GetAsync("/health/ready");
                return response.IsSuccessStatusCode && response.Headers.TryGetValues(ServedByHeader, out var by) && by.Single() == instance;
            },
            $"the proxy to send to {instance} again");
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var server in _instances.Concat(_servers.AsEnumerable().Reverse()))
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string? WhatIsMissing()
    {
        if (!TestDatabase.UsePostgres)
        {
            return "Several instances share a server database: this runs in the PostgreSQL pass (MARKETPLACE_TEST_DATABASE=Postgres).";
        }

        var s3rver = Environment.GetEnvironmentVariable("MARKETPLACE_TEST_S3RVER");
        string[] programs = ["/usr/bin/redis-server", "/usr/sbin/haproxy", "/usr/lib/python3/dist-packages/aiosmtpd/__init__.py", s3rver ?? string.Empty];
        var missing = programs.Where(p => !File.Exists(p)).ToList();
        return missing.Count == 0 ? null : $"Missing {string.Join(", ", missing)} (MARKETPLACE_TEST_S3RVER): scripts/test installs them.";
    }

    private LoopbackServer Keep(LoopbackServer server)
    {
        _servers.Add(server);
        return server;
    }

    private async Task StartInstanceAsync(int index)
    {
        var port = _instancePorts[index];
        var contentRoot = Path.Combine(_folder, Instances[index]);
        Directory.CreateDirectory(contentRoot);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Site__PublicBaseUrl"] = Address.ToString(),
            ["Database__Provider"] = Database.Provider,
            ["ConnectionStrings__Marketplace"] = Database.ConnectionString,
            ["DemoData__Enabled"] = "true",
            ["Redis__Configuration"] = $"127.0.0.1:{_redis!.Port}",
            ["Mail__Smtp__Host"] = "127.0.0.1",
            ["Mail__Smtp__Port"] = _smtp!.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail__Smtp__UseStartTls"] = "false",
            ["Outbox__PollInterval"] = "00:00:00.200",

            // What a killed instance held goes out from the other after five seconds, not two minutes.
            ["Outbox__ClaimLease"] = "00:00:05",
            ["RateLimiting__SignInPerMinute"] = "100000",
            ["RateLimiting__RegistrationsPerHour"] = "100000",
            ["RateLimiting__CheckoutsPerMinute"] = "100000",
            ["RateLimiting__UploadsPerMinute"] = "100000",
            ["Identity__PasswordHasher__IterationCount"] = People.PasswordHashRounds,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in SharedServers.ObjectStoreSettings(_store!, "__"))
        {
            environment[key] = value;
        }

        // Each in a folder of its own, as on its own machine: nothing is shared through the disk.
        var instance = await LoopbackServer.StartAsync(
            "dotnet", [WebProcess.AssemblyPath(), "--contentRoot", contentRoot], port, environment, TimeSpan.FromMinutes(3));
        _instances[index] = instance;
        await WaitUntilReadyAsync(new Uri($"http://127.0.0.1:{port}/"), TimeSpan.FromMinutes(2), instance);
    }

    private async Task<LoopbackServer> StartProxyAsync(int port)
    {
        // Round robin, each request on its own; X-Instance picks a server; X-Served-By says which
        // answered. The health check is the instances' readiness, every 500 ms (three failures take one out).
        var servers = string.Join('\n', Instances.Select((name, i) => $"  server {name} 127.0.0.1:{_instancePorts[i]} check"));
        var pick = string.Join('\n', Instances.Select(name => $"  use-server {name} if {{ req.hdr({InstanceHeader}) -m str {name} }}"));
        var configuration = Path.Combine(_folder, "haproxy.cfg");
        await File.WriteAllTextAsync(configuration, $$"""
            global
              maxconn 2000
            defaults
              mode http
              timeout connect 2s
              timeout client 60s
              timeout server 60s
              retries 3
              option redispatch
              option forwardfor
            frontend marketplace
              bind 127.0.0.1:{{port}}
              default_backend instances
            backend instances
              balance roundrobin
              option httpchk
              http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host 127.0.0.1
              timeout check 5s
              default-server inter 500ms fall 3 rise 2
              http-response set-header {{ServedByHeader}} %s
            {{pick}}
            {{servers}}

            """);
        return await LoopbackServer.StartAsync(LoopbackServer.Require("/usr/sbin/haproxy", "Debian's haproxy"), ["-db", "-f", configuration], port);
    }

    private static async Task WaitUntilReadyAsync(Uri address, TimeSpan timeout, LoopbackServer? process)
    {
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await probe.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{address} did not become ready: {process?.Output}");
    }
}
