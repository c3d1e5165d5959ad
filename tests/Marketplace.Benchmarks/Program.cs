using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.Benchmarks;

/// <summary>
/// Catalog latency and throughput against the real host over HTTP (Kestrel on loopback), on
/// SQLite and PostgreSQL, at each catalog size: one table row per database, size and request.
/// Usage (scripts/benchmark-catalog runs it):
///   Marketplace.Benchmarks [--checkout | --bulk | --import | --reports [--lines 1000000]] [--sizes 10000,100000] [--seconds 10] [--concurrency 8]
///     [--postgres "connection string"] [--providers Sqlite,Postgres]
///   Marketplace.Benchmarks --pages [--sizes 17,100000] [--seconds 5] [--rounds 3] [--concurrency 16]: the shopper's pages beside
///     a reference app's, in turns (<see cref="PagesBenchmark"/>)
///   Marketplace.Benchmarks --against http://127.0.0.1:8080/ [--label "2 instances"] [--no-header]: a marketplace
///     already running (scripts/benchmark-scale-out)
/// </summary>
internal static class CatalogBenchmark
{
    private static readonly string[] Words = ["mac ca", "nhan", "gao nep", "tra xanh thai nguyen", "mat ong", "que", "bưởi", "cà phê", "gung", "chè"];

    public static async Task Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        if (args.SkipWhile(a => a != "--against").Skip(1).FirstOrDefault() is { } against)
        {
            if (!args.Contains("--no-header"))
            {
                Console.WriteLine(RunningMarketplaceBenchmark.Header());
            }

            var label = args.SkipWhile(a => a != "--label").Skip(1).FirstOrDefault() ?? against;
            await RunningMarketplaceBenchmark.RunAsync(new Uri(against), label, options);
            return;
        }

        if (args.Contains("--checkout"))
        {
            await CheckoutAsync(options);
            return;
        }

        if (args.Contains("--bulk"))
        {
            await BulkOrderAsync(options);
            return;
        }

        if (args.Contains("--import"))
        {
            await CatalogImportAsync(options);
            return;
        }

        if (args.Contains("--reference-server"))
        {
            await ReferenceServer.RunAsync(args);
            return;
        }

        if (args.Contains("--pages"))
        {
            await PagesBenchmark.RunAsync(args);
            return;
        }

        if (args.Contains("--reports"))
        {
            await ReportsAsync(options, args);
            return;
        }

        Console.WriteLine($"| database | products | request | req/s | median ms | p95 ms | p99 ms | requests | errors |");
        Console.WriteLine($"| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var provider in options.Providers)
        {
            foreach (var size in options.Sizes)
            {
                await using var database = await BenchmarkDatabase.CreateAsync(provider, options.Postgres);
                using var host = Host(provider, database);
                await BulkCatalog.AddAsync(host.Services, size - 17, seed: size); // the demo has 17 products
                using var client = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress };

                var productPaths = await SampleProductPathsAsync(client);
                var requests = new (string Name, Func<int, string> Url)[]
                {
                    ("search API: tra shan tuyet", _ => "/api/v1/products?q=tra+shan+tuyet"),
                    ("search API: varied words", n => "/api/v1/products?q=" + Uri.EscapeDataString(Words[n % Words.Length])),
                    ("search API: filters, price sort", n =>
                        $"/api/v1/products?category=tra&province={Uri.EscapeDataString("Lào Cai")}&sort=PriceAscending&page={1 + (n % 5)}"),
                    ("search page (HTML): tra shan tuyet", _ => "/products?q=tra+shan+tuyet"),
                    ("product page (HTML)", n => productPaths[n % productPaths.Count]),
                };
                foreach (var (name, url) in requests)
                {
                    var result = await LoadGenerator.RunAsync(client, url, options.Concurrency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(options.Seconds));
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"| {provider} | {size:N0} | {name} | {result.RequestsPerSecond:F0} | {result.Median:F1} | {result.P95:F1} "
                            + $"| {result.P99:F1} | {result.Requests} | {result.Errors} |"));
                }
            }
        }
    }

    private static async Task CheckoutAsync(BenchmarkOptions options)
    {
        Console.WriteLine("| database | request | throughput | median ms | p95 ms | p99 ms | orders | refused |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var provider in options.Providers)
        {
            await using var database = await BenchmarkDatabase.CreateAsync(provider, options.Postgres);
            using var host = Host(provider, database);
            Console.WriteLine(CheckoutBenchmark.Row(
                provider, options.Concurrency, await CheckoutBenchmark.RunAsync(host.Services, options.Concurrency, TimeSpan.FromSeconds(options.Seconds))));
        }
    }

    private static async Task BulkOrderAsync(BenchmarkOptions options)
    {
        Console.WriteLine("| database | file | check only | check and add to the cart | runs |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var provider in options.Providers)
        {
            await using var database = await BenchmarkDatabase.CreateAsync(provider, options.Postgres);
            using var host = Host(provider, database);
            await BulkCatalog.AddAsync(host.Services, 5_000, seed: 5_000);
            List<string> skus;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                skus = await scope.ServiceProvider.GetRequiredService<Catalog.Data.CatalogDbContext>().Variants
                    .Where(v => v.Sku.StartsWith("B-")).OrderBy(v => v.Sku).Select(v => v.Sku).Take(5_000).ToListAsync();
            }

            using var client = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            Console.WriteLine(await BulkOrderBenchmark.RunAsync(provider, client, skus, runs: 5));
        }
    }

    private static async Task CatalogImportAsync(BenchmarkOptions options)
    {
        Console.WriteLine("| database | workbook | check only | apply | check again | runs |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var provider in options.Providers)
        {
            await using var database = await BenchmarkDatabase.CreateAsync(provider, options.Postgres);
            using var host = Host(provider, database);
            using var client = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            Console.WriteLine(await CatalogImportBenchmark.RunAsync(provider, client, runs: 5));
        }
    }

    private static async Task ReportsAsync(BenchmarkOptions options, string[] args)
    {
        var lines = int.Parse(args.SkipWhile(a => a != "--lines").Skip(1).FirstOrDefault() ?? "1000000", CultureInfo.InvariantCulture);
        var reports = (args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault() ?? "sales,orders").Split(',');
        Console.WriteLine("| database | order lines | parts | report | first ms | median ms | p95 ms | p99 ms | requests | errors |");
        Console.WriteLine("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var provider in options.Providers)
        {
            await using var database = await BenchmarkDatabase.CreateAsync(provider, options.Postgres);
            using var host = Host(provider, database);
            using var client = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            await ReportsBenchmark.RunAsync(provider, client, host.Services, lines, reports, options);
        }
    }

    public static WebApplicationFactory<Program> Host(string provider, BenchmarkDatabase database)
    {
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSolutionRelativeContentRoot("src/Marketplace.Web");
            builder.UseEnvironment("Production");
            builder.UseSetting("Site:PublicBaseUrl", "http://localhost/");
            builder.UseSetting("AllowedHosts", "localhost;127.0.0.1");
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("ConnectionStrings:Marketplace", database.ConnectionString);
            builder.UseSetting("DemoData:Enabled", "true");
            builder.UseSetting("Reports:RollupInterval", "00:00:00"); // the reports benchmark runs the rounds itself, once filled
            builder.UseSetting("Mail:Delivery", "Pickup");
            builder.UseSetting("Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), "marketplace-bench-mail"));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        host.UseKestrel(0);
        host.StartServer();
        return host;
    }

    /// <summary>Product pages at their addresses in words (the address by id is a redirect to them).</summary>
    private static async Task<List<string>> SampleProductPathsAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/products?q=tra&pageSize=60");
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("path").GetString()!).ToList();
    }
}

internal sealed record BenchmarkOptions(IReadOnlyList<string> Providers, IReadOnlyList<int> Sizes, int Seconds, int Concurrency, string? Postgres)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string? Value(string name) => BenchmarkOptions.Value(args, name);
        var postgres = Value("--postgres") ?? Environment.GetEnvironmentVariable("MARKETPLACE_TEST_POSTGRES");
        IReadOnlyList<string> providers = Value("--providers")?.Split(',') ?? (postgres is null ? ["Sqlite"] : ["Sqlite", "Postgres"]);
        return new(
            providers,
            (Value("--sizes") ?? "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(),
            int.Parse(Value("--seconds") ?? "10", CultureInfo.InvariantCulture),
            int.Parse(Value("--concurrency") ?? "8", CultureInfo.InvariantCulture),
            postgres);
    }

    public static string? Value(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}

/// <summary>A fresh database for one run: a SQLite file, or a database on the given PostgreSQL server.</summary>
internal sealed class BenchmarkDatabase(string connectionString, Func<ValueTask> drop) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public static async Task<BenchmarkDatabase> CreateAsync(string provider, string? server)
    {
        if (provider == "Sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"marketplace-bench-{Guid.NewGuid():N}.db");
            return new BenchmarkDatabase($"Data Source={file}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }

                return ValueTask.CompletedTask;
            });
        }

        var name = $"marketplace_bench_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new BenchmarkDatabase(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public ValueTask DisposeAsync() => drop();
}
