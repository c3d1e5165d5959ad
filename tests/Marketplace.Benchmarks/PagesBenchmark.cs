using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Marketplace.Benchmarks;

/// <summary>
/// The shopper's pages against the ceiling of this machine, in one run: the marketplace and a
/// reference app (<see cref="ReferenceServer"/>: TechEmpower's Fortunes from the same database,
/// and a static page of the search page's size) each in a process of its own, as in production,
/// measured in turns (round robin, so that neither gets the machine's better minutes) from a
/// closed-loop load in this process. Each page's row gives requests/s, latency, errors, the CPU its
/// server spent per request, and its share of the Fortunes requests/s; then each server's memory.
/// Usage: scripts/benchmark-catalog --pages [--sizes 17,100000] [--seconds 5] [--rounds 3] [--concurrency 16]
/// </summary>
internal static class PagesBenchmark
{
    private static readonly string[] Words = ["mac ca", "tra", "gao nep", "mat ong", "que", "gung", "che", "nhan", "tra shan tuyet", "buoi"];

    public static async Task RunAsync(string[] args)
    {
        // Its own defaults (both sizes the issue names, 16 connections, short turns taken three times), before the given ones.
        string[] defaults = ["--sizes", "17,100000", "--concurrency", "16", "--seconds", "5"];
        var given = defaults.Chunk(2).Where(d => BenchmarkOptions.Value(args, d[0]) is null).SelectMany(d => d);
        var options = BenchmarkOptions.Parse([.. args, .. given]);
        var rounds = int.Parse(BenchmarkOptions.Value(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        Console.WriteLine("| database | products | page | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/req | of Fortunes |");
        Console.WriteLine("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var memory = new List<string>();
        foreach (var provider in options.Providers)
        {
            foreach (var size in options.Sizes)
            {
                await using var database = await BenchmarkDatabase.CreateAsync(provider, options.Postgres);
                using (var filler = CatalogBenchmark.Host(provider, database))
                {
                    await BulkCatalog.AddAsync(filler.Services, Math.Max(0, size - 17), seed: size); // the demo has 17 products
                }

                await ReferenceServer.SeedAsync(provider, database.ConnectionString);
                memory.Add(await MeasureAsync(provider, size, database, options, rounds));
            }
        }

        Console.WriteLine();
        foreach (var line in memory)
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>A price ceiling (đồng) no product reaches, different for every request of every turn.</summary>
    private static long Unseen(int run, int n) => 1_000_000_000_000L + (run * 10_000_000L) + n;

    private static async Task<string> MeasureAsync(string provider, int size, BenchmarkDatabase database, BenchmarkOptions options, int rounds)
    {
        using var marketplace = await ServerProcess.StartMarketplaceAsync(provider, database.ConnectionString);
        using var client = new HttpClient { BaseAddress = marketplace.Address, Timeout = TimeSpan.FromSeconds(30) };
        var searchPageBytes = (await client.GetByteArrayAsync("/products?q=tra")).Length;
        using var reference = await ServerProcess.StartReferenceAsync(provider, database.ConnectionString, searchPageBytes);
        using var referenceClient = new HttpClient { BaseAddress = reference.Address, Timeout = TimeSpan.FromSeconds(30) };

        var found = await client.GetFromJsonAsync<JsonElement>("/api/v1/products?q=tra&pageSize=60");
        var productPaths = found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("path").GetString()!).ToList(); // not the id's redirect
        var variantId = await RunningMarketplaceBenchmark.PrepareStockAsync(client);
        var shoppers = await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => RunningMarketplaceBenchmark.ShopperAsync(marketplace.Address)));
        var run = 0;
        try
        {
            var pages = new (string Name, ServerProcess Server, Func<int, Task<bool>> Send)[]
            {
                ("reference: Fortunes", reference, LoadGenerator.Get(referenceClient, _ => "/fortunes")),
                ($"reference: static page ({searchPageBytes / 1024} KB)", reference, LoadGenerator.Get(referenceClient, _ => "/static")),
                ("home", marketplace, LoadGenerator.Get(client, _ => "/")),
                ("listing: a category, pages 1-3", marketplace, LoadGenerator.Get(client, n => $"/products?category=tra&page={1 + (n % 3)}")),
                ("search page: 10 queries", marketplace, LoadGenerator.Get(client, n => "/products?q=" + Uri.EscapeDataString(Words[n % Words.Length]))),
                ("product page: 60 products", marketplace, LoadGenerator.Get(client, n => productPaths[n % productPaths.Count])),

                // Every request an address not seen before: what a page costs when the cache has not got it.
                // The cache ignores query keys the pages do not read, so the new one is a price
                // ceiling above every price (the same products, found anew each time).
                ("listing, never cached", marketplace, LoadGenerator.Get(client, n => $"/products?category=tra&page={1 + (n % 3)}&maxPrice={Unseen(run, n)}")),
                ("search page, never cached", marketplace, LoadGenerator.Get(
                    client, n => "/products?q=" + Uri.EscapeDataString(Words[n % Words.Length]) + $"&maxPrice={Unseen(run, n)}")),
                ("add to cart (API, signed in)", marketplace, async n =>
                {
                    using var added = await shoppers[n % shoppers.Length].PostAsJsonAsync("/api/v1/cart/lines", new { variantId, quantity = 1 });
                    return added.IsSuccessStatusCode;
                }),
            };
            var samples = pages.Select(_ => new List<Sample>()).ToArray();
            var cpu = new TimeSpan[pages.Length];
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < pages.Length; i++)
                {
                    var (_, server, send) = pages[i];
                    await LoadGenerator.MeasureAsync(send, options.Concurrency, TimeSpan.FromSeconds(1)); // warm-up, not counted
                    run++;
                    var before = server.Cpu();
                    samples[i].Add(await LoadGenerator.MeasureAsync(send, options.Concurrency, TimeSpan.FromSeconds(options.Seconds)));
                    cpu[i] += server.Cpu() - before;
                }
            }

            var fortunes = Sample.Combine(samples[0]).Result().RequestsPerSecond;
            for (var i = 0; i < pages.Length; i++)
            {
                var result = Sample.Combine(samples[i]).Result();
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {provider} | {size:N0} | {pages[i].Name} | {result.RequestsPerSecond:F0} | {result.Median:F1} | {result.P95:F1} | {result.P99:F1} "
                        + $"| {result.Errors} | {cpu[i].TotalMilliseconds / Math.Max(1, result.Requests):F2} | {result.RequestsPerSecond / fortunes:P0} |"));
            }

            // The steady working set: after the load, once the GC has had a moment with nothing to do.
            await Task.Delay(TimeSpan.FromSeconds(5));
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{provider}, {size:N0} products: marketplace working set {marketplace.WorkingSetMb():F0} MB after the run "
                    + $"(peak {marketplace.PeakWorkingSetMb():F0} MB); reference {reference.WorkingSetMb():F0} MB (peak {reference.PeakWorkingSetMb():F0} MB)");
        }
        finally
        {
            foreach (var shopper in shoppers)
            {
                shopper.Dispose();
            }
        }
    }
}

/// <summary>A server the benchmark started in a process of its own, on a free loopback port, and stops when disposed.</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The marketplace as it runs in production (Release build, Production settings) on the database already filled.</summary>
    public static Task<ServerProcess> StartMarketplaceAsync(string provider, string connectionString)
    {
        var web = Path.Combine(SolutionDirectory(), "src", "Marketplace.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "Marketplace.Web.dll");
        return StartAsync(dll, web, [], "/health/ready", new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = provider,
            ["ConnectionStrings__Marketplace"] = connectionString,
            ["DemoData__Enabled"] = "true",
            ["Site__PublicBaseUrl"] = "http://localhost/",
            ["AllowedHosts"] = "localhost;127.0.0.1",
            ["Reports__RollupInterval"] = "00:00:00",
            ["Mail__Delivery"] = "Pickup",
            ["Mail__PickupDirectory"] = Path.Combine(Path.GetTempPath(), "marketplace-bench-mail"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["RateLimiting__RegistrationsPerHour"] = "1000",
            ["RateLimiting__SignInPerMinute"] = "1000",
        });
    }

    public static Task<ServerProcess> StartReferenceAsync(string provider, string connectionString, int staticBytes) => StartAsync(
        typeof(ReferenceServer).Assembly.Location,
        AppContext.BaseDirectory,
        ["--reference-server", "--provider", provider, "--connection", connectionString, "--static-bytes", staticBytes.ToString(CultureInfo.InvariantCulture)],
        "/static",
        new Dictionary<string, string>());

    public TimeSpan Cpu()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public double WorkingSetMb()
    {
        _process.Refresh();
        return _process.WorkingSet64 / 1048576d;
    }

    public double PeakWorkingSetMb()
    {
        _process.Refresh();
        return _process.PeakWorkingSet64 / 1048576d;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static async Task<ServerProcess> StartAsync(
        string dll, string directory, string[] arguments, string readyPath, Dictionary<string, string> environment)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments.Concat(["--urls", address.ToString().TrimEnd('/')]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{dll} did not start.");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, address);
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(3); await Task.Delay(250))
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var ready = await probe.GetAsync(readyPath);
                if (ready.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
        }

        server.Dispose();
        throw new InvalidOperationException($"{Path.GetFileName(dll)} was not ready:\n{string.Join('\n', output)}");
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 50)
        {
            output.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string SolutionDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Marketplace.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from the repository (scripts/benchmark-catalog).");
    }
}
