using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;

namespace Marketplace.Web.Infrastructure.SharedState;

/// <summary>
/// What instances share besides the database: with "Redis:Configuration" set (for example
/// "redis:6379,password=…"), the cache of hot reads, the shopper pages' cache and the rate limits'
/// counters live in Redis, so every instance sees the same. Without it (the embedded default) they
/// stay in the process.
/// StackExchange.Redis is the client: the one ASP.NET Core's Redis cache, its data-protection
/// store and the rate limiter build on, multiplexing every call over one connection per instance.
/// </summary>
internal static class SharedStateSetup
{
    /// <summary>
    /// How long an instance keeps its own copy of a shared cached read: the most an edit made
    /// through another instance takes to show here (the shared copy is removed at once).
    /// </summary>
    public static readonly TimeSpan LocalCopyWithRedis = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a cached read lives when nothing removes it first.</summary>
    public static readonly TimeSpan CachedReadLifetime = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = Redis(configuration);
        if (redis is not null)
        {
            services.AddSingleton(redis);
            services.AddStackExchangeRedisCache(options =>
            {
                options.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis.Connection);
                options.InstanceName = "marketplace:";
            });

            // The shopper pages' cache too (ShopPageCache): a change saved through one instance
            // evicts its pages for all, where each instance's own memory would keep its stale copy.
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis.Connection);
                options.InstanceName = "marketplace:pages:";
            });
            services.AddHealthChecks().AddRedis(_ => redis.Connection, "redis", tags: ["ready"], timeout: TimeSpan.FromSeconds(3));
        }

        // HybridCache keeps a copy in each instance's memory and, once Redis is registered as the
        // distributed cache above, a shared copy there; removal clears both (ModuleDbContext).
        services.AddHybridCache(options => options.DefaultEntryOptions = new HybridCacheEntryOptions
        {
            Expiration = CachedReadLifetime,
            LocalCacheExpiration = redis is null ? CachedReadLifetime : LocalCopyWithRedis,
        });
        return services;
    }

    private static SharedRedis? Redis(IConfiguration configuration)
    {
        var setting = configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }

        var options = ConfigurationOptions.Parse(setting);

        // An instance starts, and stays up, while Redis is away: it is not ready meanwhile
        // (/health/ready), and reconnects by itself once Redis is back.
        options.AbortOnConnectFail = false;
        return new SharedRedis(options);
    }
}

/// <summary>The one connection an instance keeps to Redis, opened on first use.</summary>
internal sealed class SharedRedis(ConfigurationOptions options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() => ConnectionMultiplexer.Connect(options));

    public IConnectionMultiplexer Connection => _connection.Value;

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
