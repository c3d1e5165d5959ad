using Marketplace.StripeTestServer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The real host with cards on: its Stripe.net client talks to a loopback Stripe server of the
/// tests' own, with short timeouts and retry delays so that a retried call is quick to see, and a
/// clock the tests can move on to reach payment deadlines.
/// </summary>
public sealed class MarketplaceWithStripeFactory : MarketplaceFactory
{
    private StripeServer? _stripe;

    public StripeServer Stripe => _stripe ?? throw new InvalidOperationException("Not initialized.");

    public ShiftedClock Clock { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        _stripe = await StripeServer.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Stripe:SecretKey", StripeServer.SecretKey);
        builder.UseSetting("Stripe:PublishableKey", StripeServer.PublishableKey);
        builder.UseSetting("Stripe:WebhookSecret", StripeServer.WebhookSecret);
        builder.UseSetting("Stripe:ApiBase", Stripe.BaseAddress);
        builder.UseSetting("Stripe:AttemptTimeout", "00:00:01.500");
        builder.UseSetting("Stripe:RetryDelay", "00:00:00.050");
        builder.UseSetting("Payments:DeadlineCheckInterval", "00:00:00.200");
        builder.UseSetting("Payments:CardPaymentWindow", "00:10:00"); // within the bearer token's hour, for the clock to pass it
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_stripe is not null)
        {
            await _stripe.DisposeAsync();
        }
    }
}
