using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Wallets;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.VnPay;

/// <summary>
/// VNPay's payment gateway (version 2.1.0): the payment page's signed address, the query
/// (<c>querydr</c>) and refund commands of its merchant API, and the check of its notification
/// (IPN). The page's address and the notification are signed with HMAC-SHA512 under the terminal's
/// secret over their <c>vnp_</c> fields sorted by name and URL-encoded as a query string; the API's
/// requests and answers over their fields joined by "|" in the order VNPay's documentation fixes.
/// Amounts are in đồng times 100. An attempt's id (<c>vnp_TxnRef</c>) carries the moment it was made,
/// which VNPay asks for again (<c>vnp_TransactionDate</c>) to query or refund it.
/// </summary>
internal sealed partial class VnPayGateway(HttpClient http, IOptions<VnPayOptions> options, ILogger<VnPayGateway> logger) : IWalletGateway
{
    public const string HttpClientName = "vnpay";

    private const string Version = "2.1.0";

    /// <summary>VNPay's answer to a request id it has seen (the same refund asked again).</summary>
    private const string DuplicateRequest = "94";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public PaymentMethod Method => PaymentMethod.VnPay;

    public bool Enabled => options.Value.Enabled;

    public string NotifyPath => "/api/v1/payments/vnpay/ipn";

    /// <summary>"{reference}-{yyyyMMddHHmmss in Vietnam}{4 hex}": each attempt its own, and its moment kept in it.</summary>
    public string NewAttemptId(string reference, DateTimeOffset now) =>
        $"{reference}-{now.ToOffset(VietnamTime.Offset):yyyyMMddHHmmss}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";

    /// <summary>
    /// The payment page's address for the attempt, signed here: VNPay is not called until the
    /// shopper opens it. It expires with the payment's deadline.
    /// </summary>
    public Task<Result<string>> CreateAsync(WalletAttempt attempt, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!Enabled || CreatedAt(attempt.WalletOrderId) is not { } created)
        {
            return Task.FromResult<Result<string>>(NotOffered());
        }

        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_Version"] = Version,
            ["vnp_Command"] = "pay",
            ["vnp_TmnCode"] = o.TmnCode!,
            ["vnp_Amount"] = (attempt.AmountVnd * 100).ToString(CultureInfo.InvariantCulture),
            ["vnp_CurrCode"] = "VND",
            ["vnp_TxnRef"] = attempt.WalletOrderId,
            ["vnp_OrderInfo"] = $"Thanh toan don hang {attempt.OrderNumber}",
            ["vnp_OrderType"] = "other",
            ["vnp_Locale"] = attempt.Language == "en" ? "en" : "vn",
            ["vnp_ReturnUrl"] = attempt.ReturnUrl,
            ["vnp_IpAddr"] = attempt.ClientIp,
            ["vnp_CreateDate"] = created,
            ["vnp_ExpireDate"] = attempt.PayBy.ToOffset(VietnamTime.Offset).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
        };
        var query = QueryString(fields);
        return Task.FromResult<Result<string>>($"{o.PayUrl}?{query}&vnp_SecureHash={Sign(query)}");
    }

    /// <summary>
    /// How the attempt stands (<c>querydr</c>): paid, not yet, failed; one VNPay does not know (91) is
    /// one nobody can pay. VNPay's answer is signed too, and one whose hash does not check out is no answer.
    /// </summary>
    public async Task<Result<WalletResult>> QueryAsync(string walletOrderId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (CreatedAt(walletOrderId) is not { } created)
        {
            return new WalletResult(walletOrderId, WalletState.Unknown, 0, 0, 91, "vnp_TxnRef");
        }

        var requestId = Guid.NewGuid().ToString("N");
        var now = Now();
        var orderInfo = $"Hoi trang thai {walletOrderId}";
        var answer = await CallAsync(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_RequestId"] = requestId,
            ["vnp_Version"] = Version,
            ["vnp_Command"] = "querydr",
            ["vnp_TmnCode"] = o.TmnCode!,
            ["vnp_TxnRef"] = walletOrderId,
            ["vnp_OrderInfo"] = orderInfo,
            ["vnp_TransactionDate"] = created,
            ["vnp_CreateDate"] = now,
            ["vnp_IpAddr"] = "127.0.0.1",
            ["vnp_SecureHash"] = Sign($"{requestId}|{Version}|querydr|{o.TmnCode}|{walletOrderId}|{created}|{now}|127.0.0.1|{orderInfo}"),
        }, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error!;
        }

        var a = answer.Value;
        if (a.Get("vnp_ResponseCode") == "91")
        {
            return new WalletResult(walletOrderId, WalletState.Unknown, 0, 0, 91, a.Get("vnp_Message"));
        }

        if (a.Get("vnp_ResponseCode") != "00")
        {
            LogRefused(logger, a.Get("vnp_ResponseCode"), a.Get("vnp_Message"));
            return Unavailable();
        }

        // 00 paid; 05, 06 and 09 are refunds of a paid one (asked, sent, refused); 02 failed. 01 not finished, 04 reversed
        // (the bank took the money, VNPay has not finished) and 07 (held as suspect) may still end either way.
        WalletState? state = a.Get("vnp_TransactionStatus") switch
        {
            "00" or "05" or "06" or "09" => WalletState.Paid,
            "02" => WalletState.Failed,
            "01" or "04" or "07" => WalletState.Open,
            _ => null,
        };
        if (state is null)
        {
            LogRefused(logger, $"status {a.Get("vnp_TransactionStatus")}", a.Get("vnp_Message"));
            return Unavailable();
        }

        var status = (int)Number(a.Get("vnp_TransactionStatus"));
        return new WalletResult(walletOrderId, state.Value, Amount(a.Get("vnp_Amount")), Number(a.Get("vnp_TransactionNo")), status, a.Get("vnp_Message"));
    }

    /// <summary>
    /// Gives back the refund's amount (<c>refund</c>: whole, 02, or partial, 03, as VNPay takes several
    /// of one payment) under a request id made from our refund's, so a retry is the same request.
    /// VNPay answers one it has seen lately with 94, and has no way to look a refund up: whether the
    /// first was made is then for the admins to see in VNPay's portal, and nothing is booked meanwhile.
    /// </summary>
    public async Task<Result<string>> RefundAsync(WalletRefund refund, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (CreatedAt(refund.PaymentWalletOrderId) is not { } paidAttemptAt)
        {
            return NotOffered();
        }

        var requestId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(refund.RefundId)))[..32];
        var amount = (refund.AmountVnd * 100).ToString(CultureInfo.InvariantCulture);
        var transactionNo = refund.TransactionId.ToString(CultureInfo.InvariantCulture);
        var now = Now();
        const string createdBy = "htx-marketplace";
        var type = refund.Whole ? "02" : "03";
        var answer = await CallAsync(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_RequestId"] = requestId,
            ["vnp_Version"] = Version,
            ["vnp_Command"] = "refund",
            ["vnp_TmnCode"] = o.TmnCode!,
            ["vnp_TransactionType"] = type,
            ["vnp_TxnRef"] = refund.PaymentWalletOrderId,
            ["vnp_Amount"] = amount,
            ["vnp_OrderInfo"] = refund.Description,
            ["vnp_TransactionNo"] = transactionNo,
            ["vnp_TransactionDate"] = paidAttemptAt,
            ["vnp_CreateBy"] = createdBy,
            ["vnp_CreateDate"] = now,
            ["vnp_IpAddr"] = "127.0.0.1",
            ["vnp_SecureHash"] = Sign(
                $"{requestId}|{Version}|refund|{o.TmnCode}|{type}|{refund.PaymentWalletOrderId}|{amount}|{transactionNo}|{paidAttemptAt}"
                + $"|{createdBy}|{now}|127.0.0.1|{refund.Description}"),
        }, cancellationToken);
        if (!answer.IsSuccess)
        {
            return answer.Error!;
        }

        var code = answer.Value.Get("vnp_ResponseCode");
        if (code == "00")
        {
            return answer.Value.Get("vnp_TransactionNo") is { Length: > 0 } id ? id : requestId;
        }

        if (code == DuplicateRequest)
        {
            LogSeen(logger, refund.RefundId, refund.PaymentWalletOrderId);
            return Error.Conflict("payment.vnpay_refund_seen", Bilingual.Pick(
                $"VNPay đã nhận yêu cầu hoàn này trước đó ({requestId}) mà không cho biết kết quả: hãy xem trên cổng VNPay đã hoàn chưa.",
                $"VNPay has seen this refund before ({requestId}) and does not say how it ended: check in VNPay's portal whether it was made."));
        }

        LogRefused(logger, code, answer.Value.Get("vnp_Message"));
        return Error.Rule("payment.vnpay_refused", Bilingual.Pick(
            $"VNPay từ chối yêu cầu: {answer.Value.Get("vnp_Message")} ({code})", $"VNPay refused the request: {answer.Value.Get("vnp_Message")} ({code})"));
    }

    /// <summary>
    /// VNPay's notification (its <c>vnp_</c> fields, as received), if VNPay signed it with this
    /// terminal's secret and it names this terminal: the attempt paid (00, 00), failed (the shopper
    /// cancelled, 24; declined; expired), or still being processed.
    /// </summary>
    public WalletResult? Notice(IReadOnlyDictionary<string, string> fields)
    {
        var o = options.Value;
        var signed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith("vnp_", StringComparison.Ordinal) && name is not ("vnp_SecureHash" or "vnp_SecureHashType"))
            {
                signed[name] = value;
            }
        }

        var hash = fields.GetValueOrDefault("vnp_SecureHash") ?? string.Empty;
        if (!Enabled || !SameHash(Sign(QueryString(signed)), hash)
            || signed.GetValueOrDefault("vnp_TmnCode") != o.TmnCode || signed.GetValueOrDefault("vnp_TxnRef") is not { Length: > 0 } txnRef)
        {
            return null;
        }

        if (!long.TryParse(signed.GetValueOrDefault("vnp_Amount"), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount % 100 != 0)
        {
            return null; // signed, yet not an amount VNPay writes: nothing to book
        }

        var response = signed.GetValueOrDefault("vnp_ResponseCode");
        var status = signed.GetValueOrDefault("vnp_TransactionStatus");
        var state = response == "00" && status == "00" ? WalletState.Paid : status == "01" ? WalletState.Open : WalletState.Failed;
        _ = int.TryParse(response, NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        return new WalletResult(
            txnRef, state, amount / 100, Number(signed.GetValueOrDefault("vnp_TransactionNo")), code, Words(response));
    }

    /// <summary>What VNPay's response codes mean, in its documentation's words, for the shopper's page.</summary>
    private static string Words(string? response) => response switch
    {
        "24" => Bilingual.Pick("Khách hàng đã hủy giao dịch.", "The shopper cancelled the payment."),
        "11" => Bilingual.Pick("Đã hết hạn chờ thanh toán.", "The time to pay ran out."),
        "51" => Bilingual.Pick("Tài khoản không đủ số dư.", "The account's balance is not enough."),
        "65" => Bilingual.Pick("Tài khoản đã vượt quá hạn mức giao dịch trong ngày.", "The account's daily limit is reached."),
        "12" => Bilingual.Pick("Thẻ hoặc tài khoản bị khóa.", "The card or account is locked."),
        "13" or "79" => Bilingual.Pick("Nhập sai mật khẩu xác thực giao dịch (OTP).", "The one-time password was wrong."),
        "75" => Bilingual.Pick("Ngân hàng thanh toán đang bảo trì.", "The bank is under maintenance."),
        _ => Bilingual.Pick($"VNPay: mã {response}", $"VNPay: code {response}"),
    };

    /// <summary>The attempt's moment in Vietnam ("yyyyMMddHHmmss"), kept in its id; null for an id not of this gateway.</summary>
    private static string? CreatedAt(string walletOrderId)
    {
        var token = walletOrderId[(walletOrderId.LastIndexOf('-') + 1)..];
        return token.Length >= 14 && DateTime.TryParseExact(token[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? token[..14]
            : null;
    }

    private static string Now() => DateTimeOffset.UtcNow.ToOffset(VietnamTime.Offset).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    /// <summary>VNPay's amounts are đồng times 100.</summary>
    private static long Amount(string? value) => Number(value) / 100;

    private static long Number(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>The fields as VNPay signs them: sorted by name, names and values URL-encoded, empty values left out.</summary>
    private static string QueryString(SortedDictionary<string, string> fields) => string.Join('&', fields
        .Where(f => !string.IsNullOrEmpty(f.Value))
        .Select(f => $"{WebUtility.UrlEncode(f.Key)}={WebUtility.UrlEncode(f.Value)}"));

    /// <summary>HMAC-SHA512 under the terminal's secret, as lowercase hex.</summary>
    private string Sign(string raw) => Convert.ToHexStringLower(
        HMACSHA512.HashData(Encoding.UTF8.GetBytes(options.Value.HashSecret ?? string.Empty), Encoding.UTF8.GetBytes(raw)));

    /// <summary>VNPay writes its hashes in either case.</summary>
    private static bool SameHash(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given.ToLowerInvariant()));

    /// <summary>A call to VNPay's merchant API; its answer only if its own hash checks out.</summary>
    private async Task<Result<ApiAnswer>> CallAsync(Dictionary<string, string> body, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return NotOffered();
        }

        var (fields, status, error) = await WalletCalls.ReadAsync<Dictionary<string, JsonElement>>(
            () => http.PostAsJsonAsync(new Uri(options.Value.ApiUrl), body, Json, cancellationToken), Json, cancellationToken);
        if (fields is null)
        {
            LogUnavailable(logger, error, status);
            return Unavailable();
        }

        var answer = new ApiAnswer(fields);
        var signed = answer.Get("vnp_Command") == "refund"
            ? "vnp_ResponseId|vnp_Command|vnp_ResponseCode|vnp_Message|vnp_TmnCode|vnp_TxnRef|vnp_Amount|vnp_BankCode|vnp_PayDate"
                + "|vnp_TransactionNo|vnp_TransactionType|vnp_TransactionStatus|vnp_OrderInfo"
            : "vnp_ResponseId|vnp_Command|vnp_ResponseCode|vnp_Message|vnp_TmnCode|vnp_TxnRef|vnp_Amount|vnp_BankCode|vnp_PayDate"
                + "|vnp_TransactionNo|vnp_TransactionType|vnp_TransactionStatus|vnp_OrderInfo|vnp_PromotionCode|vnp_PromotionAmount";
        if (!SameHash(Sign(string.Join('|', signed.Split('|').Select(answer.Get))), answer.Get("vnp_SecureHash")))
        {
            LogUnsigned(logger, answer.Get("vnp_ResponseCode"));
            return Unavailable();
        }

        return answer;
    }

    private static Error NotOffered() =>
        Error.Rule("payment.vnpay_not_offered", Bilingual.Pick("Chưa cấu hình thanh toán qua VNPay.", "VNPay payments are not configured."));

    private static Error Unavailable() => Error.Unavailable("payment.vnpay_unavailable", Bilingual.Pick(
        "Không kết nối được VNPay; vui lòng thử lại sau ít phút.",
        "VNPay did not answer; please try again in a few minutes."));

    /// <summary>VNPay's answer: its fields as text (it writes them as strings; a number or null is read as text too).</summary>
    private sealed record ApiAnswer(Dictionary<string, JsonElement> Fields)
    {
        public string Get(string name) => Fields.TryGetValue(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? string.Empty,
                JsonValueKind.Number => value.GetRawText(),
                _ => string.Empty,
            }
            : string.Empty;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "VNPay refused a request with response code {Code}: {Message}")]
    private static partial void LogRefused(ILogger logger, string code, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "VNPay has seen refund {RefundId} of {WalletOrderId} before (94): to be checked in its portal")]
    private static partial void LogSeen(ILogger logger, string refundId, string walletOrderId);

    [LoggerMessage(Level = LogLevel.Error, Message = "VNPay's answer (response code {Code}) was not signed with the terminal's secret: not trusted")]
    private static partial void LogUnsigned(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "VNPay did not answer after the retries (HTTP {Status})")]
    private static partial void LogUnavailable(ILogger logger, Exception? exception, int status);
}
