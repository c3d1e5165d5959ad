using Marketplace.CarrierTestServer;
using Microsoft.AspNetCore.Hosting;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The marketplace with the alliance's Viettel Post account configured (its sign-in, prices,
/// bookings, labels and status pushes), against the loopback Viettel Post; GHTK and GHN not.
/// </summary>
public sealed class MarketplaceWithViettelPostFactory : MarketplaceFactory
{
    /// <summary>The secret set beside the push address in Viettel Post's portal.</summary>
    public const string WebhookToken = "vtp-webhook-secret-2026";

    public const string CallbackPath = "/api/v1/carriers/viettelpost/callback";

    private ViettelPostServer? _viettelPost;

    public ViettelPostServer ViettelPost => _viettelPost ?? throw new InvalidOperationException("Not initialized.");

    public override async ValueTask InitializeAsync()
    {
        _viettelPost = await ViettelPostServer.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Carriers:ViettelPost:Endpoint", ViettelPost.BaseAddress);
        builder.UseSetting("Carriers:ViettelPost:PrintEndpoint", ViettelPost.BaseAddress);
        builder.UseSetting("Carriers:ViettelPost:Username", ViettelPostServer.Username);
        builder.UseSetting("Carriers:ViettelPost:Password", ViettelPostServer.Password);
        builder.UseSetting("Carriers:ViettelPost:WebhookToken", WebhookToken);
        builder.UseSetting("Carriers:ViettelPost:RetryDelay", "00:00:00.050");
        builder.UseSetting("Carriers:ViettelPost:Quotes:RetryDelay", "00:00:00.050");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_viettelPost is not null)
        {
            await _viettelPost.DisposeAsync();
        }
    }
}
