using System.Globalization;
using System.Threading.RateLimiting;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Web.Infrastructure.SharedState;
using RedisRateLimiting;

namespace Marketplace.Web.Infrastructure.Security;

/// <summary>
/// Rate limits, counted in Redis when instances share it (so two instances do not let through
/// twice the limit) and in the process otherwise. They key on the client's real address (the
/// forwarded one, from known proxies only: TrustedProxies) or, once signed in, on the person,
/// since many shoppers on one mobile network share an address.
/// </summary>
internal static class RateLimits
{
    private const string Uploads = "uploads";

    public static IServiceCollection AddMarketplaceRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimiting");

        // On top of Identity's per-account lockout: this one slows down guessing across many accounts.
        var signIn = section.GetValue("SignInPerMinute", 30);
        var registrations = section.GetValue("RegistrationsPerHour", 30);
        var checkouts = section.GetValue("CheckoutsPerMinute", 30);
        var uploads = section.GetValue("UploadsPerMinute", 60);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // When to try again at the latest (RFC 9110 Retry-After, in whole seconds), so that a
            // buyer's system waits that long instead of guessing: the time left in Redis's window, or
            // in the process the window's length. The problem body is written by the status pages.
            options.OnRejected = (context, _) =>
            {
                TimeSpan? retryAfter = context.Lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(seconds)
                    : context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var window) ? window
                    : null;
                if (retryAfter is { } wait)
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((long)Math.Ceiling(Math.Max(wait.TotalSeconds, 1))).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy(
                RateLimitPolicies.SignIn, context => Partition(context, RateLimitPolicies.SignIn, Address(context), signIn, TimeSpan.FromMinutes(1)));
            options.AddPolicy(
                RateLimitPolicies.Registration,
                context => Partition(context, RateLimitPolicies.Registration, Address(context), registrations, TimeSpan.FromHours(1)));
            options.AddPolicy(
                RateLimitPolicies.Checkout, context => Partition(context, RateLimitPolicies.Checkout, Person(context), checkouts, TimeSpan.FromMinutes(1)));

            // Every upload, wherever it is (logos, pictures, documents, scans, statements): any
            // request that carries files is counted, so a new upload form is limited from its first day.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.HasFormContentType && context.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
                    ? Partition(context, Uploads, Person(context), uploads, TimeSpan.FromMinutes(1))
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    private static string Address(HttpContext context) => "a:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static string Person(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? "u:" + context.User.UserId() : Address(context);

    private static RateLimitPartition<string> Partition(HttpContext context, string policy, string client, int permits, TimeSpan window)
    {
        // A page under a policy is opened freely: its form's submissions are what is counted.
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var key = $"{policy}:{client}";
        if (context.RequestServices.GetService<SharedRedis>() is { } redis)
        {
            return RedisRateLimitPartition.GetFixedWindowRateLimiter(key, _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Connection,
                PermitLimit = permits,
                Window = window,
            });
        }

        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
    }
}
