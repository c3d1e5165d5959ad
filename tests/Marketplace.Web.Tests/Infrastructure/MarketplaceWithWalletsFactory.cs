using Marketplace.WalletTestServer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The real host with the e-wallets on: its MoMo, ZaloPay and VNPay gateways talk to loopback servers of the
/// tests' own, with short timeouts and retry delays, and a clock the tests can move on to reach payment deadlines.
/// </summary>
public sealed class MarketplaceWithWalletsFactory : MarketplaceFactory
{
    private MoMoServer? _momo;
    private ZaloPayServer? _zalopay;
    private VnPayServer? _vnpay;

    public MoMoServer MoMo => _momo ?? throw new InvalidOperationException("Not initialized.");

    public ZaloPayServer ZaloPay => _zalopay ?? throw new InvalidOperationException("Not initialized.");

    public VnPayServer VnPay => _vnpay ?? throw new InvalidOperationException("Not initialized.");

    public ShiftedClock Clock { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        _momo = await MoMoServer.StartAsync();
        _zalopay = await ZaloPayServer.StartAsync();
        _vnpay = await VnPayServer.StartAsync();
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
        builder.UseSetting("ZaloPay:Endpoint", ZaloPay.BaseAddress);
        builder.UseSetting("ZaloPay:PageOrigin", ZaloPay.BaseAddress);
        builder.UseSetting("ZaloPay:AppId", ZaloPayServer.AppId);
        builder.UseSetting("ZaloPay:Key1", ZaloPayServer.Key1);
        builder.UseSetting("ZaloPay:Key2", ZaloPayServer.Key2);
        builder.UseSetting("ZaloPay:AttemptTimeout", "00:00:01.500");
        builder.UseSetting("ZaloPay:RetryDelay", "00:00:00.050");
        builder.UseSetting("VnPay:PayUrl", VnPay.PayUrl);
        builder.UseSetting("VnPay:ApiUrl", VnPay.ApiUrl);
        builder.UseSetting("VnPay:TmnCode", VnPayServer.TmnCode);
        builder.UseSetting("VnPay:HashSecret", VnPayServer.HashSecret);
        builder.UseSetting("VnPay:AttemptTimeout", "00:00:01.500");
        builder.UseSetting("VnPay:RetryDelay", "00:00:00.050");
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

        if (_zalopay is not null)
        {
            await _zalopay.DisposeAsync();
        }

        if (_vnpay is not null)
        {
            await _vnpay.DisposeAsync();
        }
    }
}
