using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// Two instances on one database sharing a real Redis (Debian's redis-server on loopback): a
/// price edited through one shows in the other's cached catalog browsing within about a second;
/// rate limits are counted once across both; and an instance whose Redis is gone is not ready
/// but still answers the catalog from the database.
/// </summary>
public sealed class SharedStateTests : IAsyncLifetime
{
    private const int SignInsPerMinute = 4;

    private LoopbackServer? _redis;
    private TestDatabase? _database;
    private HostOnDatabase? _first;
    private HostOnDatabase? _second;

    private HostOnDatabase First => _first!;

    private HostOnDatabase Second => _second!;

    public async ValueTask InitializeAsync()
    {
        _redis = await SharedServers.StartRedisAsync();
        _database = await MarketplaceFactory.SeededDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["Redis:Configuration"] = $"127.0.0.1:{_redis.Port}",
            ["RateLimiting:SignInPerMinute"] = SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        _first = new HostOnDatabase(_database, TimeSpan.FromMilliseconds(100)) { Settings = settings };
        _second = new HostOnDatabase(_database, TimeSpan.FromMilliseconds(100)) { Settings = settings };
        await _first.InitializeAsync();
        await _second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in new[] { _first, _second })
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [Fact]
    public async Task APriceEditedThroughOneInstance_ShowsInTheOthersCachedBrowsing_LongBeforeItsCopyWouldExpire()
    {
        var listing = await First.Listing().Named("Mắc ca sấy giá mới").Priced(250_000).BuildAsync();
        var cheap = $"/api/v1/products?vendor={listing.Cooperative.Slug}&maxPrice=100000";
        using var reader = Second.CreateClient();

        // The second instance has the browsing rows cached, the price then among them.
        Assert.Equal(0, (await (await reader.GetAsync(cheap)).JsonAsync()).GetProperty("total").GetInt32());

        var owner = listing.Cooperative.Owner;
        using var edited = await owner.RepriceAsync(listing.ProductId.Value, listing.VariantId.Value, listing.Sku, 90_000, 100);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        // Seen as soon as the instance's own half-second copy lapses. Without the removal from Redis
        // it would take the cache's whole lifetime (five minutes): waiting up to half a minute, for
        // a busy machine, tells the two apart without timing anything.
        var clock = Stopwatch.StartNew();
        var total = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && total == 0)
        {
            total = (await (await reader.GetAsync(cheap)).JsonAsync()).GetProperty("total").GetInt32();
            if (total == 0)
            {
                await Task.Delay(50);
            }
        }

        Assert.Equal(1, total);
    }

    [Fact]
    public async Task SignInAttempts_AreCountedAcrossBothInstances()
    {
        var statuses = new List<HttpStatusCode>();
        var retryAfter = new List<TimeSpan?>();
        for (var attempt = 0; attempt < SignInsPerMinute + 2; attempt++)
        {
            using var client = (attempt % 2 == 0 ? First : Second).CreateClient();
            using var response = await client.PostAsJsonAsync("/api/v1/account/token", new { email = "khong-co@example.vn", password = "sai-mat-khau" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                retryAfter.Add(response.Headers.RetryAfter?.Delta);
            }
        }

        // Per instance, six attempts would be three each, all under the limit of four.
        Assert.Equal(SignInsPerMinute, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));

        // Counted in Redis, a refusal says what is left of the shared minute.
        Assert.All(retryAfter, wait => Assert.InRange(wait?.TotalSeconds ?? 0, 1, 60));
    }

    [Fact]
    public async Task WithRedisGone_AnInstanceIsNotReady_ButStillAnswersTheCatalog()
    {
        using var client = First.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await _redis!.KillAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/products")).StatusCode);

        // A sign-in cannot be counted: "try again", as problem details, not a server failure.
        using var signIn = await client.PostAsJsonAsync("/api/v1/account/token", new { email = "khong-co@example.vn", password = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        Assert.Equal("application/problem+json", signIn.Content.Headers.ContentType?.MediaType);
    }
}
