using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Wallets;
using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.MoMo;

/// <summary>
/// How a MoMo payment stands, as MoMo tells it: its notification (IPN) and the shopper's way back
/// carry these fields signed; its answer to a query carries most of them, over TLS and unsigned.
/// </summary>
internal sealed record MoMoResult
{
    public string PartnerCode { get; init; } = string.Empty;

    public string OrderId { get; init; } = string.Empty;

    public string RequestId { get; init; } = string.Empty;

    public long Amount { get; init; }

    public string OrderInfo { get; init; } = string.Empty;

    public string OrderType { get; init; } = string.Empty;

    public long TransId { get; init; }

    public int ResultCode { get; init; }

    public string Message { get; init; } = string.Empty;

    public string PayType { get; init; } = string.Empty;

    public long ResponseTime { get; init; }

    public string ExtraData { get; init; } = string.Empty;

    public string Signature { get; init; } = string.Empty;

    /// <summary>The refunds made of the payment (a query's answer only; null when MoMo sends none).</summary>
    public IReadOnlyList<MoMoRefundTrans>? RefundTrans { get; init; }

    /// <summary>Paid (0): the money is taken.</summary>
    public bool Paid => ResultCode == 0;

    /// <summary>In the words every wallet's results come down to; MoMo's codes about the request say nothing of the payment.</summary>
    public WalletResult ToWallet()
    {
        var state = Paid ? WalletState.Paid
            : Failed ? WalletState.Failed
            : ResultCode == MoMoGateway.UnknownOrderId ? WalletState.Unknown
            : WalletState.Open;
        return new WalletResult(OrderId, state, Amount, TransId, ResultCode, Message);
    }

    /// <summary>Not paid yet, and it may still be: waiting for the shopper, being processed, authorised.</summary>
    public bool StillOpen => ResultCode is 1000 or 7000 or 7002 or 8000 or 9000;

    /// <summary>
    /// Ended unpaid for good: refused, declined, cancelled, expired, or the shopper's account unable
    /// to pay. MoMo's other codes are about the request (maintenance 10, access 11, format 20 …), not
    /// the payment, and say nothing of how it stands.
    /// </summary>
    public bool Failed => ResultCode is (>= 1001 and <= 1007) or 1017 or 1026 or 4001 or 4002 or 4100;
}

internal sealed record MoMoRefundTrans(string OrderId, long Amount, int ResultCode, long TransId);

/// <summary>
/// MoMo's payment gateway (API v2, "captureWallet"): open a payment, ask how it stands, refund it,
/// and check the signature of what MoMo sends. Every request is signed with HMAC-SHA256 under the
/// partner's secret key, over "key=value" pairs in the order MoMo's documentation fixes (the access
/// key among them, though it is never sent); MoMo signs its notifications the same way. Calls go
/// through Polly (<see cref="GatewayResilience"/>); a retried call is the same request to MoMo,
/// which refuses a second order or refund under an id it has seen (code 41), so it cannot act twice.
/// </summary>
internal sealed partial class MoMoGateway(HttpClient http, IOptions<MoMoOptions> options, ILogger<MoMoGateway> logger) : IWalletGateway
{
    public const string HttpClientName = "momo";

    /// <summary>MoMo's answer to an order or refund id it has already seen.</summary>
    private const int DuplicateOrderId = 41;

    /// <summary>MoMo's answer about an order id it has no payment under.</summary>
    public const int UnknownOrderId = 42;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public PaymentMethod Method => PaymentMethod.MoMo;

    public bool Enabled => options.Value.Enabled;

    public string NotifyPath => "/api/v1/payments/momo/ipn";

    /// <summary>"{reference}-{8 hex}": MoMo takes an order id once, so each attempt has its own.</summary>
    public string NewAttemptId(string reference, DateTimeOffset now) => $"{reference}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    /// <summary>Opens a payment of the attempt's amount under its id (the request's id too).</summary>
    public async Task<Result<string>> CreateAsync(WalletAttempt attempt, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var (orderId, amountVnd, redirectUrl, ipnUrl) = (attempt.WalletOrderId, attempt.AmountVnd, attempt.ReturnUrl, attempt.NotifyUrl);
        var orderInfo = $"Thanh toan don hang {attempt.OrderNumber}";
        var signature = Sign(
            $"accessKey={o.AccessKey}&amount={amountVnd}&extraData=&ipnUrl={ipnUrl}&orderId={orderId}&orderInfo={orderInfo}"
            + $"&partnerCode={o.PartnerCode}&redirectUrl={redirectUrl}&requestId={orderId}&requestType=captureWallet");
        var answer = await CallAsync<CreateAnswer>("/v2/gateway/api/create", new
        {
            partnerCode = o.PartnerCode,
            requestId = orderId,
            amount = amountVnd,
            orderId,
            orderInfo,
            redirectUrl,
            ipnUrl,
            lang = attempt.Language,
            requestType = "captureWallet",
            extraData = string.Empty,
            signature,
        }, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error!;
        }

        if (answer.Value.ResultCode != 0)
        {
            return Refused(answer.Value.ResultCode, answer.Value.Message);
        }

        // The shopper is sent there: only to a page on MoMo's own host (the one the pay page's policy allows).
        return Uri.TryCreate(answer.Value.PayUrl, UriKind.Absolute, out var payUrl) && answer.Value.PayUrl.Length <= 1000
            && payUrl.GetLeftPart(UriPartial.Authority) == new Uri(o.Endpoint).GetLeftPart(UriPartial.Authority)
            ? answer.Value.PayUrl
            : Refused(answer.Value.ResultCode, $"payUrl {answer.Value.PayUrl}");
    }

    /// <summary>How the payment under <paramref name="walletOrderId"/> stands now (<see cref="QueryMoMoAsync"/>).</summary>
    public async Task<Result<WalletResult>> QueryAsync(string walletOrderId, CancellationToken cancellationToken)
    {
        var result = await QueryMoMoAsync(walletOrderId, cancellationToken);
        return result.IsSuccess ? result.Value.ToWallet() : result.Error!;
    }

    /// <summary>
    /// How the payment under <paramref name="orderId"/> stands now, and the refunds made of it; an
    /// order MoMo does not know (42) is one nobody can pay. An answer about the request instead
    /// (maintenance, access) is no answer.
    /// </summary>
    private async Task<Result<MoMoResult>> QueryMoMoAsync(string orderId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var requestId = Guid.NewGuid().ToString("N");
        var answer = await CallAsync<MoMoResult>("/v2/gateway/api/query", new
        {
            partnerCode = o.PartnerCode,
            requestId,
            orderId,
            lang = "vi",
            signature = Sign($"accessKey={o.AccessKey}&orderId={orderId}&partnerCode={o.PartnerCode}&requestId={requestId}"),
        }, cancellationToken);
        if (!answer.IsSuccess || answer.Value.Paid || answer.Value.StillOpen || answer.Value.Failed || answer.Value.ResultCode == UnknownOrderId)
        {
            return answer;
        }

        LogRefused(logger, answer.Value.ResultCode, answer.Value.Message);
        return Unavailable();
    }

    /// <summary>
    /// Gives back the refund's amount of its transaction under the refund's own id. Asked again under
    /// that id, MoMo refuses it as seen: the refund is then looked for in the payment's own list and
    /// its id returned.
    /// </summary>
    public async Task<Result<string>> RefundAsync(WalletRefund refund, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var (refundOrderId, transId, amountVnd, description) = (refund.RefundId, refund.TransactionId, refund.AmountVnd, refund.Description);
        var signature = Sign(
            $"accessKey={o.AccessKey}&amount={amountVnd}&description={description}&orderId={refundOrderId}"
            + $"&partnerCode={o.PartnerCode}&requestId={refundOrderId}&transId={transId}");
        var answer = await CallAsync<MoMoResult>("/v2/gateway/api/refund", new
        {
            partnerCode = o.PartnerCode,
            orderId = refundOrderId,
            requestId = refundOrderId,
            amount = amountVnd,
            transId,
            lang = "vi",
            description,
            signature,
        }, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error!;
        }

        if (answer.Value.ResultCode == 0)
        {
            return answer.Value.TransId.ToString(CultureInfo.InvariantCulture);
        }

        if (answer.Value.ResultCode == DuplicateOrderId)
        {
            var payment = await QueryMoMoAsync(refund.PaymentWalletOrderId, cancellationToken);
            if (!payment.IsSuccess)
            {
                return payment.Error!;
            }

            if (payment.Value.RefundTrans?.FirstOrDefault(r => r.OrderId == refundOrderId && r.ResultCode == 0) is { } made)
            {
                return made.TransId.ToString(CultureInfo.InvariantCulture);
            }
        }

        return Refused(answer.Value.ResultCode, answer.Value.Message);
    }

    /// <summary>Whether MoMo signed this notification, with this partner's key, as it reads.</summary>
    public bool SignedByMoMo(MoMoResult notice)
    {
        var o = options.Value;
        if (!Enabled || !string.Equals(notice.PartnerCode, o.PartnerCode, StringComparison.Ordinal))
        {
            return false;
        }

        var expected = Sign(
            $"accessKey={o.AccessKey}&amount={notice.Amount}&extraData={notice.ExtraData}&message={notice.Message}"
            + $"&orderId={notice.OrderId}&orderInfo={notice.OrderInfo}&orderType={notice.OrderType}&partnerCode={notice.PartnerCode}"
            + $"&payType={notice.PayType}&requestId={notice.RequestId}&responseTime={notice.ResponseTime}"
            + $"&resultCode={notice.ResultCode}&transId={notice.TransId}");
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(notice.Signature ?? string.Empty));
    }

    /// <summary>HMAC-SHA256 under the secret key, as lowercase hex: how MoMo signs, and checks, every message.</summary>
    private string Sign(string raw) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SecretKey ?? string.Empty), Encoding.UTF8.GetBytes(raw)));

    private async Task<Result<T>> CallAsync<T>(string path, object body, CancellationToken cancellationToken)
        where T : class
    {
        if (!Enabled)
        {
            return Error.Rule("payment.momo_not_offered", Bilingual.Pick("Chưa cấu hình thanh toán qua ví MoMo.", "MoMo payments are not configured."));
        }

        var (answer, status, error) = await WalletCalls.ReadAsync<T>(
            () => http.PostAsJsonAsync(new Uri(new Uri(options.Value.Endpoint), path), body, Json, cancellationToken), Json, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        LogUnavailable(logger, error, status);
        return Unavailable();
    }

    private static Error Unavailable() => Error.Unavailable("payment.momo_unavailable", Bilingual.Pick(
        "Không kết nối được ví MoMo; vui lòng thử lại sau ít phút.",
        "MoMo did not answer; please try again in a few minutes."));

    private Error Refused(int resultCode, string? message)
    {
        LogRefused(logger, resultCode, message);
        return Error.Rule("payment.momo_refused", Bilingual.Pick(
            $"MoMo từ chối yêu cầu: {message} ({resultCode})", $"MoMo refused the request: {message} ({resultCode})"));
    }

    private sealed record CreateAnswer(int ResultCode, string? Message, string? PayUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MoMo refused a request with result code {ResultCode}: {Message}")]
    private static partial void LogRefused(ILogger logger, int resultCode, string? message);

    [LoggerMessage(Level = LogLevel.Error, Message = "MoMo did not answer after the retries (HTTP {Status})")]
    private static partial void LogUnavailable(ILogger logger, Exception? exception, int status);
}
