using global::Stripe;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Marketplace.Payments.Stripe;

/// <summary>
/// Stripe.net on an HttpClient from the factory, so that Polly (Microsoft.Extensions.Http.Resilience)
/// sits between the client and the wire: a total timeout, retries of transient failures (5xx, 408,
/// 429, network errors, a slow attempt) with backoff, a circuit breaker, and a timeout per attempt.
/// A retry resends the same request, idempotency key included, which is what makes it safe.
/// Stripe.net's own retries are off so that there is one policy, not two.
/// </summary>
internal static class StripeRegistration
{
    public const string HttpClientName = "stripe";

    public static IServiceCollection AddStripeGateway(this IServiceCollection services)
    {
        services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.Section);
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("stripe", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<StripeOptions>>().Value;
                pipeline
                    .AddTimeout(options.TotalTimeout)
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions())
                    .AddTimeout(options.AttemptTimeout);
            });
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
