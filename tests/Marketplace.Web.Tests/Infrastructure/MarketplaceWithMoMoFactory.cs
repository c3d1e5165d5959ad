using Marketplace.WalletTestServer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The real host with MoMo on: its MoMo gateway talks to a loopback MoMo server of the tests' own,
/// with short timeouts and retry delays, and a clock the tests can move on to reach payment deadlines.
/// </summary>
public sealed class MarketplaceWithMoMoFactory : MarketplaceFactory
{
    private MoMoServer? _momo;

    public MoMoServer MoMo => _momo ?? throw new InvalidOperationException("Not initialized.");

    public ShiftedClock Clock { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        _momo = await MoMoServer.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("MoMo:Endpoint", MoMo.BaseAddress);
        builder.UseSetting("MoMo:PartnerCode", MoMoServer.PartnerCode);
        builder.UseSetting("MoMo:AccessKey", MoMoServer.AccessKey);
        builder.UseSetting("MoMo:SecretKey", MoMoServer.SecretKey);
        builder.UseSetting("MoMo:AttemptTimeout", "00:00:01.500");
        builder.UseSetting("MoMo:RetryDelay", "00:00:00.050");
        builder.UseSetting("Payments:DeadlineCheckInterval", "00:00:00.200");
        builder.UseSetting("Payments:CardPaymentWindow", "00:10:00"); // within the bearer token's hour, for the clock to pass it
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_momo is not null)
        {
            await _momo.DisposeAsync();
        }
    }
}
