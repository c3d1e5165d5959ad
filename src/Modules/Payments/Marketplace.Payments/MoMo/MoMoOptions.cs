using Marketplace.SharedKernel.Http;

namespace Marketplace.Payments.MoMo;

/// <summary>
/// Configuration section "MoMo": the alliance's partner code and keys from MoMo's business portal.
/// Without all three, MoMo is not offered and never called. <see cref="Endpoint"/> is MoMo's
/// gateway (https://test-payment.momo.vn for its sandbox; the tests' loopback MoMo server).
/// </summary>
internal sealed class MoMoOptions : IGatewayTimeouts
{
    public const string Section = "MoMo";

    public string Endpoint { get; set; } = "https://payment.momo.vn";

    public string? PartnerCode { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>MoMo asks its partners to wait at least 30 seconds for an answer.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(65);

    public int MaxRetries { get; set; } = 1;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool Enabled =>
        !string.IsNullOrWhiteSpace(PartnerCode) && !string.IsNullOrWhiteSpace(AccessKey) && !string.IsNullOrWhiteSpace(SecretKey);
}
