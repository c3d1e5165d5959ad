using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Marketplace.Catalog.Data;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// The marketplace as a real process (the built Marketplace.Web.dll), killed with SIGKILL while
/// shoppers check out, started again, killed again. Afterwards every unit of stock taken belongs
/// to an order, every order that was answered is whole, and each order's mail went out once.
/// </summary>
public sealed class CrashTests : IAsyncLifetime
{
    private const string Sku = "TP-MC-500";
    private const int Kills = 4;
    private const int Shoppers = 10;

    private readonly string _mail = Path.Combine(Path.GetTempPath(), $"marketplace-crash-mail-{Guid.NewGuid():N}");
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), $"marketplace-crash-{Guid.NewGuid():N}");
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await MarketplaceFactory.SeededDatabaseAsync();
        Directory.CreateDirectory(_workDir);
    }

    [Fact]
    public async Task KilledDuringCheckouts_NoStockIsLost_AnsweredOrdersAreWhole_AndEachOrderIsMailedOnce()
    {
        var answered = new ConcurrentBag<Guid>();
        long initialStock = -1;
        VariantId? variantId = null;
        for (var life = 0; life <= Kills; life++)
        {
            using var app = await StartAsync();
            if (initialStock < 0)
            {
                // Enough for every checkout of the test, so that each one takes stock.
                await _database.ReadAsync<CatalogDbContext, int>("catalog", db =>
                    db.Variants.Where(v => v.Sku == Sku).ExecuteUpdateAsync(set => set.SetProperty(v => v.Stock, 1_000_000)));
                initialStock = await StockAsync();
                variantId = await _database.ReadAsync<CatalogDbContext, VariantId>("catalog", db =>
                    db.Variants.Where(v => v.Sku == Sku).Select(v => v.Id).SingleAsync());
            }

            if (life == Kills)
            {
                // The last life only drains what the outbox still holds.
                await People.EventuallyAsync(async () => await PendingOutboxAsync() == 0, "the outbox to drain after the last restart");
                break;
            }

            using var load = new CancellationTokenSource();
            var workers = Enumerable.Range(0, Shoppers).Select(_ => ShopAsync(app.Address, variantId!.Value, answered, load.Token)).ToList();
            // Killed while checkouts are under way: once this life has answered one (a cold start on
            // PostgreSQL can outlast a fixed window), then at a random moment within the next 2 s.
            var before = answered.Count;
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (answered.Count == before && DateTime.UtcNow < deadline && workers.Any(w => !w.IsCompleted))
            {
                await Task.Delay(50);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500 + Random.Shared.Next(1_500)));
            app.Kill();
            await load.CancelAsync();
            await Task.WhenAll(workers);
        }

        var (orders, unitsOrdered) = await OrdersAsync();
        var stockNow = await StockAsync();
        var mailsPerOrder = Directory.GetFiles(_mail, "*.eml").Select(f => MimeKit.MimeMessage.Load(f).Subject ?? string.Empty)
            .Where(s => s.StartsWith("Đã nhận đơn hàng ", StringComparison.Ordinal))
            .GroupBy(s => s).ToDictionary(g => g.Key["Đã nhận đơn hàng ".Length..], g => g.Count());
        TestContext.Current.SendDiagnosticMessage(
            $"Crash test: {Kills} kills, {answered.Count} answered orders, {orders.Count} orders in the database, "
                + $"stock {initialStock} → {stockNow}, {unitsOrdered} units ordered, {mailsPerOrder.Values.Sum()} order mails");

        Assert.False(answered.IsEmpty, "no checkout was answered");
        Assert.Equal(initialStock - stockNow, unitsOrdered);
        Assert.All(answered, id => Assert.True(orders.TryGetValue(OrderId.From(id), out var whole) && whole, $"answered order {id} is missing or not whole"));
        var numbers = await OrderNumbersAsync();
        Assert.All(numbers, n => Assert.Equal(1, mailsPerOrder.GetValueOrDefault(n)));
    }

    private static async Task ShopAsync(Uri address, VariantId variantId, ConcurrentBag<Guid> answered, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            // One shopper per worker and life; then checkout after checkout, as fast as they go.
            var email = $"crash-{Guid.NewGuid():N}@example.vn";
            (await client.PostAsJsonAsync("/api/v1/account/register", new { email, password = People.Password, displayName = "khach" }, stop))
                .EnsureSuccessStatusCode();
            var token = (await (await client.PostAsJsonAsync("/api/v1/account/token", new { email, password = People.Password }, stop)).JsonAsync())
                .GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            while (!stop.IsCancellationRequested)
            {
                (await client.PostAsJsonAsync("/api/v1/cart/lines", new { variantId, quantity = 1 + Random.Shared.Next(3) }, stop)).EnsureSuccessStatusCode();
                using var checkout = Checkouts.Request(Guid.NewGuid());
                using var placed = await client.SendAsync(checkout, stop);
                if (placed.StatusCode == HttpStatusCode.Created)
                {
                    answered.Add((await placed.JsonAsync()).GetProperty("orderId").GetGuid());
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            // The process was killed under the request: what it answered before is what counts.
        }
    }

    private Task<WebProcess> StartAsync() =>
        WebProcess.StartAsync(_workDir, new Uri($"http://127.0.0.1:{LoopbackServer.FreePort()}/"), new Dictionary<string, string>
        {
            ["Database__Provider"] = _database.Provider,
            ["ConnectionStrings__Marketplace"] = _database.ConnectionString,
            ["DemoData__Enabled"] = "true",
            ["Mail__Delivery"] = "Pickup",
            ["Mail__PickupDirectory"] = _mail,
            ["Outbox__PollInterval"] = "00:00:00.100",

            // A message the killed process was delivering stays its own until the claim lapses;
            // the next process then delivers it. Two seconds here, two minutes by default.
            ["Outbox__ClaimLease"] = "00:00:02",
            ["RateLimiting__SignInPerMinute"] = "100000",
            ["RateLimiting__RegistrationsPerHour"] = "100000",
            ["RateLimiting__CheckoutsPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        });

    private Task<long> StockAsync() =>
        _database.ReadAsync<CatalogDbContext, long>("catalog", async db => await db.Variants.Where(v => v.Sku == Sku).Select(v => (long)v.Stock).SingleAsync());

    private Task<int> PendingOutboxAsync() =>
        _database.ReadAsync<OrderingDbContext, int>("ordering", async db => await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null));

    /// <summary>
    /// Every order of this test's shoppers (the demo has orders of its own): whether it is whole (parts, each with lines), and the
    /// units of the SKU ordered in all.
    /// </summary>
    private Task<(Dictionary<OrderId, bool> Orders, long Units)> OrdersAsync() =>
        _database.ReadAsync<OrderingDbContext, (Dictionary<OrderId, bool>, long)>("ordering", async db =>
        {
            var orders = await db.Orders.AsNoTracking().Include(o => o.Parts).ToListAsync();
            var mine = orders.Where(o => o.BuyerEmail.StartsWith("crash-", StringComparison.Ordinal)).ToList();
            return (
                mine.ToDictionary(o => o.Id, o => o.Parts.Count > 0 && o.Parts.All(p => p.Lines.Count > 0)),
                mine.SelectMany(o => o.Parts).SelectMany(p => p.Lines).Where(l => l.Sku == Sku).Sum(l => (long)l.Quantity));
        });

    private Task<List<string>> OrderNumbersAsync() =>
        _database.ReadAsync<OrderingDbContext, List<string>>("ordering", async db =>
            (await db.Orders.AsNoTracking().Include(o => o.Parts).ToListAsync())
                .Where(o => o.BuyerEmail.StartsWith("crash-", StringComparison.Ordinal)).Select(o => o.Number).ToList());

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        foreach (var folder in new[] { _mail, _workDir })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
