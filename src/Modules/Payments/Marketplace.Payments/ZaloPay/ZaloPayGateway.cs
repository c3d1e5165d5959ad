using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Wallets;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.ZaloPay;

/// <summary>
/// ZaloPay's payment gateway (API v2, the "gateway" integration): create an order and send the
/// shopper to its page, query it, refund it, and check its callbacks. Requests are form-encoded and
/// carry a <c>mac</c>, HMAC-SHA256 under Key1 over the fields ZaloPay's documentation lists, joined
/// by "|"; ZaloPay's callback is signed under Key2 over its <c>data</c> string as sent. An order's
/// id (<c>app_trans_id</c>) starts with its date in Vietnam, "yymmdd_", and a refund's
/// (<c>m_refund_id</c>) with that date and the app id. Calls go through Polly; a retried call is
/// the same request, under the same id, which ZaloPay takes once.
/// </summary>
internal sealed partial class ZaloPayGateway(HttpClient http, IOptions<ZaloPayOptions> options, ILogger<ZaloPayGateway> logger) : IWalletGateway
{
    public const string HttpClientName = "zalopay";

    /// <summary>ZaloPay's return codes: done, failed, and (a query or refund) still being processed.</summary>
    private const int Done = 1;

    private const int Failed = 2;

    private const int Processing = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public PaymentMethod Method => PaymentMethod.ZaloPay;

    public bool Enabled => options.Value.Enabled;

    public string NotifyPath => "/api/v1/payments/zalopay/callback";

    /// <summary>"yymmdd_{reference}-{8 hex}": ZaloPay wants the day in Vietnam first, and takes an id once.</summary>
    public string NewAttemptId(string reference, DateTimeOffset now) =>
        $"{now.ToOffset(VietnamTime.Offset):yyMMdd}_{reference}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    /// <summary>Opens an order for the attempt; answers ZaloPay's page for it (its QR code, the app, or a bank card).</summary>
    public async Task<Result<string>> CreateAsync(WalletAttempt attempt, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var appTime = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var amount = attempt.AmountVnd.ToString(CultureInfo.InvariantCulture);
        var embedData = new JsonObject { ["redirecturl"] = attempt.ReturnUrl }.ToJsonString();
        const string appUser = "htx-marketplace";
        const string item = "[]";
        var answer = await CallAsync<Answer>("/v2/create", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_id"] = o.AppId!,
            ["app_user"] = appUser,
            ["app_trans_id"] = attempt.WalletOrderId,
            ["app_time"] = appTime,
            ["amount"] = amount,
            ["item"] = item,
            ["embed_data"] = embedData,
            ["description"] = $"Thanh toan don hang {attempt.OrderNumber}",
            ["bank_code"] = string.Empty,
            ["callback_url"] = attempt.NotifyUrl,

            // No attempt outlives the payment's deadline (ZaloPay takes 5 minutes to 30 days; it is not signed).
            ["expire_duration_seconds"] = Math.Clamp((long)(attempt.PayBy - DateTimeOffset.UtcNow).TotalSeconds, 300, 2_592_000)
                .ToString(CultureInfo.InvariantCulture),
            ["mac"] = Sign(o.Key1, $"{o.AppId}|{attempt.WalletOrderId}|{appUser}|{amount}|{appTime}|{embedData}|{item}"),
        }, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error!;
        }

        if (answer.Value.ReturnCode != Done)
        {
            return Refused(answer.Value);
        }

        // The shopper is sent there: only to a page on ZaloPay's own host (the one the pay page's policy allows).
        var orderUrl = answer.Value.OrderUrl ?? string.Empty;
        return Uri.TryCreate(orderUrl, UriKind.Absolute, out var page) && orderUrl.Length <= 1000
            && Uri.TryCreate(o.PageOrigin, UriKind.Absolute, out var origin)
            && page.GetLeftPart(UriPartial.Authority) == origin.GetLeftPart(UriPartial.Authority)
            ? orderUrl
            : Refused(answer.Value with { ReturnMessage = $"order_url {orderUrl}" });
    }

    /// <summary>
    /// How the order stands: paid (1), failed or expired (2), or not paid yet (3). ZaloPay answers 2
    /// too for an order it does not know, which nobody can pay either.
    /// </summary>
    public async Task<Result<WalletResult>> QueryAsync(string walletOrderId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var answer = await CallAsync<Answer>("/v2/query", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_id"] = o.AppId!,
            ["app_trans_id"] = walletOrderId,
            ["mac"] = Sign(o.Key1, $"{o.AppId}|{walletOrderId}|{o.Key1}"),
        }, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error!;
        }

        var a = answer.Value;

        // ZaloPay answers 2 too for a request it could not read (its sub-codes -401, -402 …: data, mac): that says nothing of the payment.
        var state = a.ReturnCode == Failed && a.SubReturnCode is <= -400 and > -500 ? null : a.ReturnCode switch
        {
            Done => WalletState.Paid,
            Failed => WalletState.Failed,
            Processing => WalletState.Open,
            _ => (WalletState?)null,
        };
        if (state is null)
        {
            LogRefused(logger, a.ReturnCode, a.SubReturnCode, a.ReturnMessage);
            return Unavailable();
        }

        return new WalletResult(walletOrderId, state.Value, a.Amount, a.ZpTransId, a.SubReturnCode ?? a.ReturnCode, Words(a));
    }

    /// <summary>
    /// Gives back the refund's amount of its transaction, under "yymmdd_{app id}_{our refund id}".
    /// ZaloPay wants today's date in it, so a refund asked again on a later day has a new id: the ids
    /// it may have had on the days before (since it was first asked, at most a month back, and the day
    /// before, for a retry across midnight) are looked up first, and one ZaloPay has is the refund.
    /// ZaloPay may take a refund and finish it later (3): taken is enough. Refused (2), perhaps as one
    /// it has seen today, it is looked up under today's id.
    /// </summary>
    public async Task<Result<string>> RefundAsync(WalletRefund refund, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(VietnamTime.Offset).DateTime);
        var since = DateOnly.FromDateTime(refund.FirstAskedAt.ToOffset(VietnamTime.Offset).DateTime);
        for (var day = Max(Min(since, today.AddDays(-1)), today.AddDays(-31)); day < today; day = day.AddDays(1))
        {
            var earlier = await FindRefundAsync(RefundIdOn(day, refund), cancellationToken);
            if (!earlier.IsSuccess || earlier.Value)
            {
                return earlier.IsSuccess ? RefundIdOn(day, refund) : earlier.Error!;
            }
        }

        var refundId = RefundIdOn(today, refund);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var amount = refund.AmountVnd.ToString(CultureInfo.InvariantCulture);
        var transId = refund.TransactionId.ToString(CultureInfo.InvariantCulture);
        var answer = await CallAsync<Answer>("/v2/refund", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_id"] = o.AppId!,
            ["m_refund_id"] = refundId,
            ["zp_trans_id"] = transId,
            ["amount"] = amount,
            ["timestamp"] = timestamp,
            ["description"] = refund.Description,
            ["mac"] = Sign(o.Key1, $"{o.AppId}|{transId}|{amount}|{refund.Description}|{timestamp}"),
        }, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error!;
        }

        if (answer.Value.ReturnCode is Done or Processing)
        {
            return answer.Value.RefundId is > 0 and var id ? id.ToString(CultureInfo.InvariantCulture) : refundId;
        }

        return await FindRefundAsync(refundId, cancellationToken) is { IsSuccess: true, Value: true } ? refundId : Refused(answer.Value);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private string RefundIdOn(DateOnly day, WalletRefund refund) => $"{day:yyMMdd}_{options.Value.AppId}_{refund.RefundId}";

    /// <summary>Whether ZaloPay has a refund under the id (<c>query_refund</c>: made, or being made).</summary>
    private async Task<Result<bool>> FindRefundAsync(string refundId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var asked = await CallAsync<Answer>("/v2/query_refund", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_id"] = o.AppId!,
            ["m_refund_id"] = refundId,
            ["timestamp"] = timestamp,
            ["mac"] = Sign(o.Key1, $"{o.AppId}|{refundId}|{timestamp}"),
        }, cancellationToken);
        return asked.IsSuccess ? asked.Value.ReturnCode is Done or Processing : asked.Error!;
    }

    /// <summary>
    /// ZaloPay's callback, if ZaloPay signed it with this app's Key2 and it names this app: the
    /// payment it reports made. ZaloPay calls back only for payments made; failures are found by asking.
    /// </summary>
    public WalletResult? Callback(string data, string mac)
    {
        var o = options.Value;
        var expected = Sign(o.Key2, data);
        if (!Enabled || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(mac)))
        {
            return null;
        }

        CallbackData? paid;
        try
        {
            paid = JsonSerializer.Deserialize<CallbackData>(data, Json);
        }
        catch (JsonException)
        {
            paid = null; // signed, yet not ZaloPay's fields: nothing to book
        }

        return paid is null || paid.AppId.ToString(CultureInfo.InvariantCulture) != o.AppId || string.IsNullOrEmpty(paid.AppTransId)
            ? null
            : new WalletResult(paid.AppTransId, WalletState.Paid, paid.Amount, paid.ZpTransId, Done, string.Empty);
    }

    /// <summary>HMAC-SHA256 as lowercase hex: how ZaloPay signs, and checks, every message.</summary>
    private static string Sign(string? key, string raw) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key ?? string.Empty), Encoding.UTF8.GetBytes(raw)));

    private static string Words(Answer answer) => answer.SubReturnMessage is { Length: > 0 } sub ? sub : answer.ReturnMessage ?? string.Empty;

    private async Task<Result<T>> CallAsync<T>(string path, Dictionary<string, string> form, CancellationToken cancellationToken)
        where T : class
    {
        if (!Enabled)
        {
            return Error.Rule("payment.zalopay_not_offered", Bilingual.Pick("Chưa cấu hình thanh toán qua ZaloPay.", "ZaloPay payments are not configured."));
        }

        using var content = new FormUrlEncodedContent(form);
        var (answer, status, error) = await WalletCalls.ReadAsync<T>(
            () => http.PostAsync(new Uri(new Uri(options.Value.Endpoint), path), content, cancellationToken), Json, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        LogUnavailable(logger, error, status);
        return Unavailable();
    }

    private static Error Unavailable() => Error.Unavailable("payment.zalopay_unavailable", Bilingual.Pick(
        "Không kết nối được ZaloPay; vui lòng thử lại sau ít phút.",
        "ZaloPay did not answer; please try again in a few minutes."));

    private Error Refused(Answer answer)
    {
        LogRefused(logger, answer.ReturnCode, answer.SubReturnCode, answer.ReturnMessage);
        var words = Words(answer);
        return Error.Rule("payment.zalopay_refused", Bilingual.Pick(
            $"ZaloPay từ chối yêu cầu: {words} ({answer.SubReturnCode ?? answer.ReturnCode})",
            $"ZaloPay refused the request: {words} ({answer.SubReturnCode ?? answer.ReturnCode})"));
    }

    /// <summary>The fields of ZaloPay's answers this gateway reads (each API answers some of them).</summary>
    private sealed record Answer(
        int ReturnCode, string? ReturnMessage, int? SubReturnCode, string? SubReturnMessage, string? OrderUrl, long Amount, long ZpTransId, long? RefundId);

    /// <summary>The callback's <c>data</c>: the payment made.</summary>
    private sealed record CallbackData(long AppId, string AppTransId, long Amount, long ZpTransId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ZaloPay refused a request with return code {ReturnCode} ({SubReturnCode}): {Message}")]
    private static partial void LogRefused(ILogger logger, int returnCode, int? subReturnCode, string? message);

    [LoggerMessage(Level = LogLevel.Error, Message = "ZaloPay did not answer after the retries (HTTP {Status})")]
    private static partial void LogUnavailable(ILogger logger, Exception? exception, int status);
}
