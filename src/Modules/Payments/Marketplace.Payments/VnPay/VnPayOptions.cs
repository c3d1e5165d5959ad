using Marketplace.SharedKernel.Http;

namespace Marketplace.Payments.VnPay;

/// <summary>
/// Configuration section "VnPay": the alliance's terminal code and its secret from VNPay's merchant
/// portal. Without both, VNPay is not offered and never called. <see cref="PayUrl"/> is VNPay's
/// payment page (https://sandbox.vnpayment.vn/paymentv2/vpcpay.html for its sandbox), where the
/// shopper is sent with a signed address; <see cref="ApiUrl"/> its API for queries and refunds. The
/// notification address (IPN) is set in VNPay's portal: <c>/api/v1/payments/vnpay/ipn</c> on this site.
/// </summary>
internal sealed class VnPayOptions : IGatewayTimeouts
{
    public const string Section = "VnPay";

    public string PayUrl { get; set; } = "https://pay.vnpay.vn/vpcpay.html";

    public string ApiUrl { get; set; } = "https://pay.vnpay.vn/merchant_webapi/api/transaction";

    public string? TmnCode { get; set; }

    public string? HashSecret { get; set; }

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(45);

    public int MaxRetries { get; set; } = 1;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(TmnCode) && !string.IsNullOrWhiteSpace(HashSecret);
}
