using Marketplace.SharedKernel.Http;

namespace Marketplace.Payments.ZaloPay;

/// <summary>
/// Configuration section "ZaloPay": the alliance's app id and its two keys from ZaloPay's merchant
/// portal (Key1 signs our requests, Key2 checks ZaloPay's callbacks). Without all three, ZaloPay is
/// not offered and never called. <see cref="Endpoint"/> is ZaloPay's API (https://sb-openapi.zalopay.vn
/// for its sandbox); <see cref="PageOrigin"/> the host of the payment pages it sends shoppers to
/// (https://qcgateway.zalopay.vn for the sandbox): the only one we redirect to.
/// </summary>
internal sealed class ZaloPayOptions : IGatewayTimeouts
{
    public const string Section = "ZaloPay";

    public string Endpoint { get; set; } = "https://openapi.zalopay.vn";

    public string PageOrigin { get; set; } = "https://gateway.zalopay.vn";

    public string? AppId { get; set; }

    public string? Key1 { get; set; }

    public string? Key2 { get; set; }

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(45);

    public int MaxRetries { get; set; } = 1;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool Enabled =>
        !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(Key1) && !string.IsNullOrWhiteSpace(Key2);
}
