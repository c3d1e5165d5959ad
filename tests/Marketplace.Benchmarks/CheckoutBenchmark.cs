using System.Diagnostics;
using System.Globalization;
using Marketplace.Catalog.Data;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Ordering.Features.PlaceOrder;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// Checkouts per second through the real composition (mediator, Catalog's stock reservation,
/// Ordering's order and outbox) on the host's database: each request checks out a different
/// buyer's cart of two lines from two cooperatives, with stock plentiful so none is refused.
/// </summary>
internal static class CheckoutBenchmark
{
    public static async Task<LoadResult> RunAsync(IServiceProvider services, int concurrency, TimeSpan duration)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            await catalog.Variants
                .Where(v => v.Sku == "SG-STCT-200" || v.Sku == "TP-MC-500")
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.Stock, 10_000_000));
        }

        VariantId tea, macadamia;
        await using (var scope = services.CreateAsyncScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            tea = await catalog.Variants.Where(v => v.Sku == "SG-STCT-200").Select(v => v.Id).SingleAsync();
            macadamia = await catalog.Variants.Where(v => v.Sku == "TP-MC-500").Select(v => v.Id).SingleAsync();
        }

        // Enough carts for the run: filled before the clock starts.
        var carts = new System.Collections.Concurrent.ConcurrentQueue<UserId>();
        for (var i = 0; i < 4_000; i++)
        {
            var buyer = UserId.From(Guid.NewGuid());
            await using var scope = services.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            await sender.Send(new SetCartLineCommand(CartOwner.Person(buyer), tea, 1, Add: true));
            await sender.Send(new SetCartLineCommand(CartOwner.Person(buyer), macadamia, 2, Add: true));
            carts.Enqueue(buyer);
        }

        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var errors = 0;
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < end && carts.TryDequeue(out var buyer))
            {
                var start = Stopwatch.GetTimestamp();
                await using var scope = services.CreateAsyncScope();
                var placed = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PlaceOrderCommand(
                    CartOwner.Person(buyer), buyer, "bench@example.vn", Guid.NewGuid().ToString(),
                    new DeliveryAddress("Khách", "0912345678", "Hà Nội", "phường Ba Đình", "1 Điện Biên Phủ"),
                    null, PaymentMethod.CashOnDelivery, "vi"));
                if (!placed.IsSuccess)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));

        return new Sample([.. latencies], errors, duration).Result();
    }

    public static string Row(string provider, int concurrency, LoadResult r) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {provider} | checkout ({concurrency} at once) | {r.RequestsPerSecond:F0} orders/s "
            + $"| {r.Median:F1} | {r.P95:F1} | {r.P99:F1} | {r.Requests} | {r.Errors} |");
}
