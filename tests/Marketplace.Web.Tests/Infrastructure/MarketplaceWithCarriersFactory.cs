using Marketplace.CarrierTestServer;
using Microsoft.AspNetCore.Hosting;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The marketplace with the alliance's GHTK account configured (fees, bookings, callbacks), against the loopback GHTK.</summary>
public sealed class MarketplaceWithCarriersFactory : MarketplaceFactory
{
    /// <summary>The secret in the callback address the alliance gave GHTK.</summary>
    public const string GhtkCallbackHash = "ghtk-callback-secret-2026";

    public const string GhtkCallbackPath = "/api/v1/carriers/ghtk/callback";

    /// <summary>The secret in the callback address the alliance registered with GHN.</summary>
    public const string GhnCallbackHash = "ghn-callback-secret-2026";

    public const string GhnCallbackPath = "/api/v1/carriers/ghn/callback";

    private GhtkServer? _ghtk;
    private GhnServer? _ghn;

    public GhtkServer Ghtk => _ghtk ?? throw new InvalidOperationException("Not initialized.");

    public GhnServer Ghn => _ghn ?? throw new InvalidOperationException("Not initialized.");

    public override async ValueTask InitializeAsync()
    {
        _ghtk = await GhtkServer.StartAsync();
        _ghn = await GhnServer.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Carriers:Ghtk:Endpoint", Ghtk.BaseAddress);
        builder.UseSetting("Carriers:Ghtk:Token", GhtkServer.Token);
        builder.UseSetting("Carriers:Ghtk:ClientSource", GhtkServer.ClientSource);
        builder.UseSetting("Carriers:Ghtk:CallbackHash", GhtkCallbackHash);
        builder.UseSetting("Carriers:Ghtk:AttemptTimeout", "00:00:01.500");
        builder.UseSetting("Carriers:Ghtk:RetryDelay", "00:00:00.050");
        builder.UseSetting("Carriers:Ghtk:Booking:RetryDelay", "00:00:00.050");
        builder.UseSetting("Carriers:Ghn:Endpoint", Ghn.BaseAddress);
        builder.UseSetting("Carriers:Ghn:Token", GhnServer.Token);
        builder.UseSetting("Carriers:Ghn:ShopId", GhnServer.ShopId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Carriers:Ghn:CallbackHash", GhnCallbackHash);
        builder.UseSetting("Carriers:Ghn:RetryDelay", "00:00:00.050");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ghtk is not null)
        {
            await _ghtk.DisposeAsync();
        }

        if (_ghn is not null)
        {
            await _ghn.DisposeAsync();
        }
    }
}
