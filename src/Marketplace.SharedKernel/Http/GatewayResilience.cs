using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Marketplace.SharedKernel.Http;

/// <summary>The limits of one outside provider's calls (a payment gateway, a carrier): each attempt's, all attempts', and the retries between.</summary>
public interface IGatewayTimeouts
{
    /// <summary>One attempt's limit; a slower answer counts as a transient failure and is retried.</summary>
    TimeSpan AttemptTimeout { get; }

    /// <summary>The limit of a call with all its retries.</summary>
    TimeSpan TotalTimeout { get; }

    int MaxRetries { get; }

    TimeSpan RetryDelay { get; }
}

public static class GatewayResilience
{
    /// <summary>
    /// Polly (Microsoft.Extensions.Http.Resilience) between a provider's client and the wire: a total
    /// timeout, retries of transient failures (5xx, 408, 429, network errors, a slow attempt) with
    /// backoff, a circuit breaker, and a timeout per attempt, as the provider's options set them.
    /// A retry resends the same request; each provider's calls are made so that this is safe.
    /// </summary>
    public static IHttpClientBuilder AddGatewayResilience<TOptions>(this IHttpClientBuilder http)
        where TOptions : class, IGatewayTimeouts
    {
        http.AddResilienceHandler(http.Name, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value;
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
        return http;
    }

    /// <summary>
    /// Whether a provider's call ended without an answer to act on: not reached, too slow after
    /// the retries, the circuit open, an answer that is not what its API writes, or a misconfigured
    /// endpoint or token (UriFormatException, FormatException). The caller's own cancellation is
    /// not one: it goes on up.
    /// </summary>
    public static bool Unanswered(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or System.Text.Json.JsonException or InvalidOperationException or UriFormatException or FormatException
            or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException
        || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
