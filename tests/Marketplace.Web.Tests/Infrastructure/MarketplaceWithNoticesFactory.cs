using Marketplace.MessagingTestServer;
using Microsoft.AspNetCore.Hosting;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The real host with its phone channels on: the Zalo ZNS client and the eSMS client talk to the
/// tests' loopback servers of those protocols, and deliveries are dispatched every 200 ms with
/// short retries, so that a retried and a given-up delivery are quick to see.
/// </summary>
public sealed class MarketplaceWithNoticesFactory : MarketplaceFactory
{
    public const string EsmsCallbackKey = "esms-callback-key";

    private ZaloServer? _zalo;
    private EsmsServer? _esms;

    public ZaloServer Zalo => _zalo ?? throw new InvalidOperationException("Not initialized.");

    public EsmsServer Esms => _esms ?? throw new InvalidOperationException("Not initialized.");

    public override async ValueTask InitializeAsync()
    {
        _zalo = await ZaloServer.StartAsync();
        _esms = await EsmsServer.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Zalo:ApiBase", Zalo.BaseAddress.TrimEnd('/') + "/");
        builder.UseSetting("Zalo:OAuthBase", Zalo.BaseAddress.TrimEnd('/') + "/");
        builder.UseSetting("Zalo:AppId", ZaloServer.AppId);
        builder.UseSetting("Zalo:AppSecretKey", ZaloServer.AppSecretKey);
        builder.UseSetting("Zalo:OaSecretKey", ZaloServer.OaSecretKey);
        builder.UseSetting("Zalo:AccessToken", ZaloServer.AccessToken);
        builder.UseSetting("Zalo:RefreshToken", ZaloServer.RefreshToken);
        builder.UseSetting("Zalo:TemplateId", "401002");
        builder.UseSetting("Zalo:Timeout", "00:00:02");
        builder.UseSetting("Esms:ApiBase", Esms.BaseAddress.TrimEnd('/') + "/");
        builder.UseSetting("Esms:ApiKey", EsmsServer.ApiKey);
        builder.UseSetting("Esms:SecretKey", EsmsServer.SecretKey);
        builder.UseSetting("Esms:Brandname", EsmsServer.Brandname);
        builder.UseSetting("Esms:CallbackKey", EsmsCallbackKey);
        builder.UseSetting("Esms:Timeout", "00:00:02");
        builder.UseSetting("Notices:DispatchInterval", "00:00:00.200");
        builder.UseSetting("Notices:RetryDelay", "00:00:00.100");
        builder.UseSetting("Notices:MaxAttempts", "3");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_zalo is not null)
        {
            await _zalo.DisposeAsync();
        }

        if (_esms is not null)
        {
            await _esms.DisposeAsync();
        }
    }
}
