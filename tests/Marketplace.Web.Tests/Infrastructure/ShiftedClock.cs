using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The real clock moved forward by <see cref="Shift"/>. Unlike a frozen fake clock, its timers
/// still run, so the host's background outbox keeps delivering while a test travels in time.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}

/// <summary>A host whose clock the test can move.</summary>
public sealed class MarketplaceWithClockFactory : MarketplaceFactory
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
