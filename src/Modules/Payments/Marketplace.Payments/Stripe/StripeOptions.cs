using Marketplace.SharedKernel.Http;

namespace Marketplace.Payments.Stripe;

/// <summary>
/// Configuration section "Stripe". With no secret and publishable key, cards are not offered and
/// Stripe is never called. <see cref="ApiBase"/> points the real client elsewhere (the tests'
/// loopback Stripe server); the timeouts and retries are those of the resilience pipeline.
/// </summary>
internal sealed class StripeOptions : IGatewayTimeouts
{
    public const string Section = "Stripe";

    public string? SecretKey { get; set; }

    public string? PublishableKey { get; set; }

    public string? WebhookSecret { get; set; }

    public string? ApiBase { get; set; }

    /// <summary>One attempt's limit; a slower answer counts as a transient failure and is retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The limit of a call with all its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(40);

    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Stripe's limit on a webhook's age, in seconds.</summary>
    public long WebhookTolerance { get; set; } = 300;

    public bool CardsEnabled => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(PublishableKey);
}
