using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bogus;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Features.OrderReports;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.Payments.Features.Reports;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// The alliance's sales report over a ledger of a year of generated trade: parts of one to four
/// order lines (until the lines reach the size asked) from 120 cooperatives, each part a sale and
/// its commission, one in thirty refunded; then the report asked for a month by day, a quarter by
/// week, a year by month and one cooperative's year, through the API as an admin asks for it; and
/// the orders report the same four ways over a year of as many generated order lines (<see cref="OrdersReportFill"/>).
/// </summary>
internal static class ReportsBenchmark
{
    public static async Task<int> FillAsync(IServiceProvider services, int orderLines, int seed)
    {
        var faker = new Faker("vi") { Random = new Randomizer(seed) };
        var cooperatives = Enumerable.Range(0, 120).Select(_ => CooperativeId.New()).ToArray();
        var now = DateTimeOffset.UtcNow;
        var lines = 0;
        var parts = 0;
        const int Batch = 10_000;
        while (lines < orderLines)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < Batch && lines < orderLines; i++, parts++)
            {
                var partLines = faker.Random.Int(1, 4);
                lines += partLines;
                var cooperative = faker.PickRandom(cooperatives);
                var goods = partLines * faker.Random.Int(20, 900) * 1_000L;
                var at = now.AddMinutes(-faker.Random.Int(0, 365 * 24 * 60));
                var part = OrderPartId.New();
                db.Ledger.Add(new LedgerEntry(cooperative, "HTX", LedgerEntryKind.Sale, goods + 30_000, $"sale:{part}", "Bán hàng", at, partId: part));
                db.Ledger.Add(new LedgerEntry(
                    cooperative, "HTX", LedgerEntryKind.Commission, -Commission.Of(goods, 500), $"commission:{part}", "Hoa hồng", at, partId: part));
                if (parts % 30 == 0)
                {
                    db.Ledger.Add(new LedgerEntry(
                        cooperative, "HTX", LedgerEntryKind.Refund, -goods / 2, $"refund:{part}", "Hoàn tiền", at.AddDays(2), partId: part));
                }
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
            // As autovacuum leaves a table in use: statistics, and a visibility map that lets
            // PostgreSQL answer from the index alone (a table just bulk-filled has neither).
            await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? "ANALYZE;" : "VACUUM ANALYZE payments.ledger_entries;");
        }

        return parts;
    }

    public static async Task RunAsync(
        string provider, HttpClient client, IServiceProvider services, int orderLines, IReadOnlyCollection<string> reports, BenchmarkOptions options)
    {
        var parts = reports.Contains("sales") ? await FillAsync(services, orderLines, seed: orderLines) : 0;
        var orderParts = reports.Contains("orders") ? await OrdersReportFill.FillAsync(services, orderLines, seed: orderLines) : 0;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().Database;
            if (db.IsSqlite())
            {
                // As a running marketplace's WAL stays: checkpointed, not the gigabytes a bulk fill leaves behind.
                await db.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            }
        }

        // What the hourly rounds do on a marketplace that never ran them: every rollup of three years and of the last two months.
        foreach (var (report, rows, count) in new[] { ("orders", orderLines, orderParts), ("sales", orderLines, parts) })
        {
            if (!reports.Contains(report))
            {
                continue;
            }

            var round = System.Diagnostics.Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            IDayRollups rollups = report == "orders"
                ? scope.ServiceProvider.GetRequiredService<OrderFactsReader>()
                : scope.ServiceProvider.GetRequiredService<SalesFactsReader>();
            var built = await rollups.KeepAsync(TimeProvider.System.Today(), CancellationToken.None);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {provider} | {rows:N0} | {count:N0} | {report}: the rollup round, {built} built "
                    + $"| {round.Elapsed.TotalMilliseconds:F0} | | | | | |"));
        }

        using (var token = await client.PostAsJsonAsync("/api/v1/account/token", new { email = "admin@htx-marketplace.vn", password = "Admin#Demo2025" }))
        {
            token.EnsureSuccessStatusCode();
            var accessToken = (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        Guid cooperative;
        Guid seller;
        await using (var scope = services.CreateAsyncScope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().Ledger;
            cooperative = (await ledger.OrderBy(e => e.Id).Select(e => e.CooperativeId).FirstOrDefaultAsync()).Value;
            var sold = scope.ServiceProvider.GetRequiredService<OrderingDbContext>().SoldLines;
            seller = (await sold.OrderBy(l => l.Id).Select(l => l.CooperativeId).FirstOrDefaultAsync()).Value;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        string Span(string report, int days, string grain) => string.Create(
            CultureInfo.InvariantCulture, $"/api/v1/admin/reports/{report}?from={today.AddDays(-days + 1):yyyy-MM-dd}&to={today:yyyy-MM-dd}&grain={grain}");
        var requests = new (string Name, int Parts, string Url)[]
        {
            ("sales: a month by day", parts, Span("sales", 30, "Day")),
            ("sales: a quarter by week", parts, Span("sales", 91, "Week")),
            ("sales: a year by month", parts, Span("sales", 365, "Month")),
            ("sales: one cooperative's year by month", parts, Span("sales", 365, "Month") + $"&vendorId={cooperative}"),
            ("orders: a month by day", orderParts, Span("orders", 30, "Day")),
            ("orders: a quarter by week", orderParts, Span("orders", 91, "Week")),
            ("orders: a year by month", orderParts, Span("orders", 365, "Month")),
            ("orders: one cooperative's year by month", orderParts, Span("orders", 365, "Month") + $"&vendorId={seller}"),
        };
        foreach (var (name, count, url) in requests.Where(r => reports.Any(report => r.Name.StartsWith(report, StringComparison.Ordinal))))
        {
            // The first request alone: what it lacks of its rollups (the ragged ends of its span) it builds then.
            var first = System.Diagnostics.Stopwatch.StartNew();
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
            first.Stop();
            var result = await LoadGenerator.RunAsync(client, _ => url, options.Concurrency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(options.Seconds));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {provider} | {orderLines:N0} | {count:N0} | {name} | {first.Elapsed.TotalMilliseconds:F0} "
                    + $"| {result.Median:F1} | {result.P95:F1} | {result.P99:F1} | {result.Requests} "
                    + $"| {result.Errors} |"));
        }
    }
}
