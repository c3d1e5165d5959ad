using global::Stripe;
using Marketplace.SharedKernel.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Stripe;

/// <summary>
/// Stripe.net on an HttpClient from the factory, so that Polly sits between the client and the wire
/// (<see cref="GatewayResilience"/>). A retry resends the same request, idempotency key included,
/// which is what makes it safe.
/// Stripe.net's own retries are off so that there is one policy, not two.
/// </summary>
internal static class StripeRegistration
{
    public const string HttpClientName = "stripe";

    public static IServiceCollection AddStripeGateway(this IServiceCollection services)
    {
        services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.Section);
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).AddGatewayResilience<StripeOptions>();
        services.AddScoped<IStripeClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StripeOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);

            // Without a key the gateway never calls; the client still needs a well-formed one.
            return new StripeClient(
                string.IsNullOrWhiteSpace(options.SecretKey) ? "sk_not_configured" : options.SecretKey,
                httpClient: new SystemNetHttpClient(http, maxNetworkRetries: 0, enableTelemetry: false),
                apiBase: string.IsNullOrWhiteSpace(options.ApiBase) ? null : options.ApiBase);
        });
        services.AddScoped<StripeGateway>();
        return services;
    }
}
