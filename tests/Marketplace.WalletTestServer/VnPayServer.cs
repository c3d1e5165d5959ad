using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.MessagingTestServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marketplace.WalletTestServer;

/// <summary>A VNPay notification (IPN) as VNPay sends it: the query string of a GET, signed.</summary>
public sealed record VnPayNotice(string TxnRef, long TransactionNo, string Query);

/// <summary>A call to the merchant API as the server received it.</summary>
public sealed record VnPayRequest(string Command, string TxnRef, string RequestId, string TransactionType);

/// <summary>
/// A loopback stand-in for VNPay's payment gateway (version 2.1.0), built from VNPay's published
/// specification: the payment page, opened by a signed address (HMAC-SHA512 over the sorted,
/// URL-encoded <c>vnp_</c> fields); the merchant API's <c>querydr</c> and <c>refund</c> (JSON,
/// each checked against its hash over the documented fields joined by "|", its answer signed the
/// same way; a request id taken once, 94 on a second); notifications of paid and failed attempts
/// signed as VNPay signs them, sent to the IPN address when asked (a real host) and kept for a test
/// to deliver itself. Faults on demand: the next answers fail with a status, or are lost.
/// </summary>
public sealed class VnPayServer : IAsyncDisposable
{
    public const string TmnCode = "HTXTEST1";
    public const string HashSecret = "VNPAYLOOPBACKSECRETFORTESTSONLY2026XQ";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Order> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _requestIds = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<VnPayRequest> _requests = new();
    private readonly Faults _faults = new();
    private long _transactionNos = 14_260_000;

    private VnPayServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseAddress { get; private set; } = string.Empty;

    public string PayUrl => $"{BaseAddress}/paymentv2/vpcpay.html";

    public string ApiUrl => $"{BaseAddress}/merchant_webapi/api/transaction";

    /// <summary>The IPN address set in VNPay's portal: when set, an answer on the page is notified there.</summary>
    public string? IpnUrl { get; set; }

    public IReadOnlyList<VnPayRequest> Requests => [.. _requests];

    /// <summary>Every attempt opened (its page's address seen, signed), in the order it was opened.</summary>
    public IReadOnlyList<string> TxnRefs => [.. _orders.Values.OrderBy(o => o.Opened).Select(o => o.TxnRef)];

    public static async Task<VnPayServer> StartAsync()
    {
        var server = new VnPayServer(Loopback.Create());
        server.BaseAddress = await Loopback.StartAsync(server._app, server.HandleAsync);
        return server;
    }

    public void FailNext(int count, int status = 503) => _faults.FailNext(count, status);

    public void LoseNextAnswers(int count) => _faults.LoseNextAnswers(count);

    public void Recover() => _faults.Clear();

    /// <summary>
    /// The shopper's browser opens the payment page's address: the attempt is known to VNPay from then
    /// on, if its signature checks out (false when it does not: VNPay shows "invalid signature", code 70).
    /// </summary>
    public bool Open(string payUrl)
    {
        var query = new Uri(payUrl).Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p.Length > 1 ? p[1] : string.Empty), StringComparer.Ordinal);
        var fields = new SortedDictionary<string, string>(query.Where(q => q.Key != "vnp_SecureHash").ToDictionary(), StringComparer.Ordinal);
        if (Sign(QueryString(fields)) != query.GetValueOrDefault("vnp_SecureHash")?.ToLowerInvariant()
            || fields.GetValueOrDefault("vnp_TmnCode") != TmnCode || fields.GetValueOrDefault("vnp_Version") != "2.1.0"
            || !long.TryParse(fields.GetValueOrDefault("vnp_Amount"), CultureInfo.InvariantCulture, out var amount) || amount % 100 != 0
            || fields.GetValueOrDefault("vnp_CreateDate") is not { Length: 14 } created
            || string.IsNullOrEmpty(fields.GetValueOrDefault("vnp_IpAddr")) || string.IsNullOrEmpty(fields.GetValueOrDefault("vnp_ExpireDate")))
        {
            return false;
        }

        var order = new Order(fields["vnp_TxnRef"], amount / 100, created, fields.GetValueOrDefault("vnp_OrderInfo") ?? string.Empty, fields["vnp_ReturnUrl"]);
        _orders.TryAdd(order.TxnRef, order);
        return true;
    }

    /// <summary>The amount an attempt asks, and the refunds made of it (amounts in đồng).</summary>
    public (long Amount, IReadOnlyList<long> Refunds) Get(string txnRef)
    {
        var order = _orders[txnRef];
        lock (order)
        {
            return (order.Amount, [.. order.Refunds]);
        }
    }

    /// <summary>The shopper pays on VNPay's page: paid, and VNPay's notification returned (the same for a second call).</summary>
    public VnPayNotice Pay(string txnRef) => Settle(txnRef, "00", "00");

    /// <summary>The shopper cancels (24), or the payment fails another way: VNPay's notification of that.</summary>
    public VnPayNotice Cancel(string txnRef, string responseCode = "24") => Settle(txnRef, responseCode, "02");

    /// <summary>A notification's query string for these fields, signed with <paramref name="secret"/>.</summary>
    public static string NoticeQuery(
        string txnRef, long amount, string responseCode, string transactionStatus, long transactionNo, string orderInfo, string secret = HashSecret,
        string tmnCode = TmnCode)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_Amount"] = (amount * 100).ToString(CultureInfo.InvariantCulture),
            ["vnp_BankCode"] = "NCB",
            ["vnp_BankTranNo"] = transactionNo > 0 ? $"VNP{transactionNo}" : string.Empty,
            ["vnp_CardType"] = "ATM",
            ["vnp_OrderInfo"] = orderInfo,
            ["vnp_PayDate"] = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            ["vnp_ResponseCode"] = responseCode,
            ["vnp_TmnCode"] = tmnCode,
            ["vnp_TransactionNo"] = transactionNo.ToString(CultureInfo.InvariantCulture),
            ["vnp_TransactionStatus"] = transactionStatus,
            ["vnp_TxnRef"] = txnRef,
        };
        var query = QueryString(fields);
        return $"{query}&vnp_SecureHashType=HmacSHA512&vnp_SecureHash={Sign(query, secret)}";
    }

    /// <summary>HMAC-SHA512 as lowercase hex, as VNPay signs.</summary>
    public static string Sign(string raw, string secret = HashSecret) =>
        Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(raw)));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string QueryString(SortedDictionary<string, string> fields) => string.Join('&', fields
        .Where(f => !string.IsNullOrEmpty(f.Value))
        .Select(f => $"{WebUtility.UrlEncode(f.Key)}={WebUtility.UrlEncode(f.Value)}"));

    private VnPayNotice Settle(string txnRef, string responseCode, string transactionStatus)
    {
        var order = _orders[txnRef];
        lock (order)
        {
            if (order.TransactionStatus == "01")
            {
                order.ResponseCode = responseCode;
                order.TransactionStatus = transactionStatus;
                order.TransactionNo = transactionStatus == "00" ? Interlocked.Increment(ref _transactionNos) : 0;
            }

            return new VnPayNotice(txnRef, order.TransactionNo, NoticeQuery(
                txnRef, order.Amount, order.ResponseCode, order.TransactionStatus, order.TransactionNo, order.OrderInfo));
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path == "/paymentv2/vpcpay.html")
        {
            await PageAsync(context);
            return;
        }

        if (path.StartsWith("/pay/", StringComparison.Ordinal) && context.Request.Method == HttpMethods.Post)
        {
            await AnswerOnPageAsync(context, path["/pay/".Length..].Split('/'));
            return;
        }

        if (path != "/merchant_webapi/api/transaction")
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (_faults.TryFail(out var status))
        {
            await Loopback.WriteAsync(context, status, Loopback.OutageBody);
            return;
        }

        var body = await Loopback.ReadJsonAsync(context.Request) ?? [];
        string Text(string name) => Loopback.Text(body[name]) ?? string.Empty;
        _requests.Enqueue(new VnPayRequest(Text("vnp_Command"), Text("vnp_TxnRef"), Text("vnp_RequestId"), Text("vnp_TransactionType")));
        var answer = Text("vnp_Command") switch
        {
            "querydr" => Query(Text),
            "refund" => Refund(Text),
            _ => Answer(Text, "99", "Lệnh không hợp lệ"),
        };
        if (_faults.TakeLostAnswer())
        {
            await Loopback.WriteAsync(context, 503, Loopback.OutageBody);
            return;
        }

        await Loopback.WriteAsync(context, 200, answer.ToJsonString());
    }

    private JsonObject Query(Func<string, string> text)
    {
        var raw = $"{text("vnp_RequestId")}|{text("vnp_Version")}|querydr|{text("vnp_TmnCode")}|{text("vnp_TxnRef")}|{text("vnp_TransactionDate")}"
            + $"|{text("vnp_CreateDate")}|{text("vnp_IpAddr")}|{text("vnp_OrderInfo")}";
        if (Sign(raw) != text("vnp_SecureHash") || text("vnp_TmnCode") != TmnCode)
        {
            return Answer(text, "97", "Checksum không hợp lệ");
        }

        if (!_requestIds.TryAdd(text("vnp_RequestId"), 0))
        {
            return Answer(text, "94", "Yêu cầu bị trùng lặp");
        }

        if (!_orders.TryGetValue(text("vnp_TxnRef"), out var order) || order.CreateDate != text("vnp_TransactionDate"))
        {
            return Answer(text, "91", "Không tìm thấy giao dịch yêu cầu");
        }

        lock (order)
        {
            return Answer(text, "00", "Truy vấn thành công", order, order.Refunds.Count > 0 ? "05" : order.TransactionStatus);
        }
    }

    private JsonObject Refund(Func<string, string> text)
    {
        var raw = $"{text("vnp_RequestId")}|{text("vnp_Version")}|refund|{text("vnp_TmnCode")}|{text("vnp_TransactionType")}|{text("vnp_TxnRef")}"
            + $"|{text("vnp_Amount")}|{text("vnp_TransactionNo")}|{text("vnp_TransactionDate")}|{text("vnp_CreateBy")}|{text("vnp_CreateDate")}"
            + $"|{text("vnp_IpAddr")}|{text("vnp_OrderInfo")}";
        if (Sign(raw) != text("vnp_SecureHash") || text("vnp_TmnCode") != TmnCode)
        {
            return Answer(text, "97", "Checksum không hợp lệ");
        }

        if (!_requestIds.TryAdd(text("vnp_RequestId"), 0))
        {
            return Answer(text, "94", "Yêu cầu bị trùng lặp");
        }

        if (!_orders.TryGetValue(text("vnp_TxnRef"), out var order) || order.CreateDate != text("vnp_TransactionDate")
            || order.TransactionStatus != "00" || text("vnp_TransactionType") is not ("02" or "03"))
        {
            return Answer(text, "91", "Không tìm thấy giao dịch yêu cầu hoàn");
        }

        lock (order)
        {
            // 02 gives the whole payment back, 03 a part of it.
            if (!long.TryParse(text("vnp_Amount"), CultureInfo.InvariantCulture, out var amount) || amount % 100 != 0
                || amount / 100 > order.Amount - order.Refunds.Sum()
                || (text("vnp_TransactionType") == "02" && (amount / 100 != order.Amount || order.Refunds.Count > 0))
                || (text("vnp_TransactionType") == "03" && amount / 100 >= order.Amount))
            {
                return Answer(text, "03", "Số tiền hoàn không hợp lệ");
            }

            order.Refunds.Add(amount / 100);
            var answer = Answer(text, "00", "Yêu cầu hoàn tiền thành công", order, "05");
            answer["vnp_Amount"] = text("vnp_Amount");
            answer["vnp_TransactionNo"] = Interlocked.Increment(ref _transactionNos).ToString(CultureInfo.InvariantCulture);
            answer["vnp_TransactionType"] = text("vnp_TransactionType");
            answer["vnp_SecureHash"] = Sign(string.Join('|', RefundSigned.Split('|').Select(f => answer[f]?.ToString() ?? string.Empty)));
            return answer;
        }
    }

    private const string QuerySigned = "vnp_ResponseId|vnp_Command|vnp_ResponseCode|vnp_Message|vnp_TmnCode|vnp_TxnRef|vnp_Amount|vnp_BankCode"
        + "|vnp_PayDate|vnp_TransactionNo|vnp_TransactionType|vnp_TransactionStatus|vnp_OrderInfo|vnp_PromotionCode|vnp_PromotionAmount";

    private const string RefundSigned = "vnp_ResponseId|vnp_Command|vnp_ResponseCode|vnp_Message|vnp_TmnCode|vnp_TxnRef|vnp_Amount|vnp_BankCode"
        + "|vnp_PayDate|vnp_TransactionNo|vnp_TransactionType|vnp_TransactionStatus|vnp_OrderInfo";

    /// <summary>An answer of the merchant API, signed over the fields VNPay's documentation lists for the command.</summary>
    private static JsonObject Answer(Func<string, string> text, string code, string message, Order? order = null, string? status = null)
    {
        var answer = new JsonObject
        {
            ["vnp_ResponseId"] = Guid.NewGuid().ToString("N"),
            ["vnp_Command"] = text("vnp_Command"),
            ["vnp_ResponseCode"] = code,
            ["vnp_Message"] = message,
            ["vnp_TmnCode"] = TmnCode,
            ["vnp_TxnRef"] = text("vnp_TxnRef"),
            ["vnp_Amount"] = order is null ? string.Empty : (order.Amount * 100).ToString(CultureInfo.InvariantCulture),
            ["vnp_BankCode"] = order is null ? string.Empty : "NCB",
            ["vnp_PayDate"] = order?.TransactionNo > 0 ? order.CreateDate : string.Empty,
            ["vnp_TransactionNo"] = order?.TransactionNo.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["vnp_TransactionType"] = order is null ? string.Empty : "01",
            ["vnp_TransactionStatus"] = status ?? string.Empty,
            ["vnp_OrderInfo"] = order?.OrderInfo ?? string.Empty,
            ["vnp_PromotionCode"] = string.Empty,
            ["vnp_PromotionAmount"] = string.Empty,
        };
        var signed = text("vnp_Command") == "refund" ? RefundSigned : QuerySigned;
        answer["vnp_SecureHash"] = Sign(string.Join('|', signed.Split('|').Select(f => answer[f]?.ToString() ?? string.Empty)));
        return answer;
    }

    /// <summary>VNPay's page: the amount, and the shopper's two answers.</summary>
    private async Task PageAsync(HttpContext context)
    {
        var url = $"{BaseAddress}{context.Request.Path}{context.Request.QueryString}";
        context.Response.ContentType = "text/html; charset=utf-8";
        if (!Open(url))
        {
            await context.Response.WriteAsync("<!doctype html><title>VNPay</title><p id=\"error\">Sai chữ ký (70)</p>");
            return;
        }

        var order = _orders[context.Request.Query["vnp_TxnRef"].ToString()];
        var shown = order.Amount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        var id = Uri.EscapeDataString(order.TxnRef);
        await context.Response.WriteAsync($"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>VNPay (loopback)</title></head>
            <body style="font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem">
            <h1 style="color:#005baa">VNPAY</h1><p id="amount">{shown} ₫</p><p>{WebUtility.HtmlEncode(order.OrderInfo)}</p>
            <form method="post" action="/pay/{id}/approve"><button id="vnpay-approve" type="submit">Thanh toán</button></form>
            <form method="post" action="/pay/{id}/cancel"><button id="vnpay-cancel" type="submit">Hủy thanh toán</button></form>
            </body></html>
            """);
    }

    /// <summary>The shopper's answer on the page: VNPay notifies the IPN address, and sends the shopper back with the same signed fields.</summary>
    private async Task AnswerOnPageAsync(HttpContext context, string[] parts)
    {
        if (parts.Length != 2 || !_orders.TryGetValue(Uri.UnescapeDataString(parts[0]), out var order))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var notice = parts[1] == "approve" ? Pay(order.TxnRef) : Cancel(order.TxnRef);
        if (IpnUrl is { } ipn)
        {
            using var _ = await Loopback.Http.GetAsync($"{ipn}?{notice.Query}");
        }

        context.Response.Redirect($"{order.ReturnUrl}{(order.ReturnUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?")}{notice.Query}");
    }

    private sealed class Order(string txnRef, long amount, string createDate, string orderInfo, string returnUrl)
    {
        public string TxnRef { get; } = txnRef;

        public long Amount { get; } = amount;

        public string CreateDate { get; } = createDate;

        public string OrderInfo { get; } = orderInfo;

        public string ReturnUrl { get; } = returnUrl;

        public DateTimeOffset Opened { get; } = DateTimeOffset.UtcNow;

        /// <summary>01 not finished, 00 paid, 02 failed: as VNPay's query answers.</summary>
        public string TransactionStatus { get; set; } = "01";

        public string ResponseCode { get; set; } = string.Empty;

        public long TransactionNo { get; set; }

        public List<long> Refunds { get; } = [];
    }
}
