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

/// <summary>
/// A host whose clock the test can move and whose payments watcher (deadlines, releases, debts)
/// runs every 200 ms, so that a test sees what the background round does after a shift of days.
/// </summary>
public sealed class MarketplaceWithClockAndWatcherFactory : MarketplaceFactory
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:DeadlineCheckInterval", "00:00:00.200");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
