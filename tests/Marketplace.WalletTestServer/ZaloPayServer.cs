using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Marketplace.MessagingTestServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marketplace.WalletTestServer;

/// <summary>ZaloPay's callback of a payment made, as ZaloPay posts it: {"data": "…", "mac": "…", "type": 1}.</summary>
public sealed record ZaloPayCallback(string AppTransId, long ZpTransId, string Body);

/// <summary>A request as the server received it.</summary>
public sealed record ZaloPayRequest(string Path, string AppTransId, string RefundId);

/// <summary>
/// A loopback stand-in for ZaloPay's payment gateway (API v2), built from ZaloPay's published
/// specification: create, query, refund and query_refund, form-encoded, each checked against its
/// <c>mac</c> (HMAC-SHA256 under Key1 over the documented fields joined by "|"); ids in ZaloPay's
/// shapes ("yymmdd_…" for an order, "yymmdd_appid_…" for a refund), each taken once; answers under
/// HTTP 200 with ZaloPay's return codes (1 done, 2 failed, 3 processing); a payment page where the
/// shopper approves or cancels; callbacks for payments made, signed under Key2 over their data as
/// ZaloPay signs them, posted to the merchant's callback address when asked (a real host) and kept
/// for a test to deliver itself. Faults on demand: the next answers fail with a status, or are lost
/// after the call was carried out; refunds may be left processing.
/// </summary>
public sealed partial class ZaloPayServer : IAsyncDisposable
{
    public const string AppId = "2026";
    public const string Key1 = "Zl1kTestKey1ForTheLoopbackOnly26";
    public const string Key2 = "Zl2kTestKey2ForTheLoopbackOnly26";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Order> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ZaloPayRequest> _requests = new();
    private readonly Faults _faults = new();
    private readonly ConcurrentQueue<(int ReturnCode, int SubReturnCode)> _codes = new();
    private long _transIds = 261_206_000_000_000;

    private ZaloPayServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>Whether a payment approved on the page is also posted to the merchant's callback address.</summary>
    public bool PostCallbacks { get; set; }

    /// <summary>Whether refunds are answered "processing" (3), as ZaloPay answers those it finishes later.</summary>
    public bool RefundsProcessing { get; set; }

    public IReadOnlyList<ZaloPayRequest> Requests => [.. _requests];

    /// <summary>Every order opened, in the order it was opened.</summary>
    public IReadOnlyList<string> AppTransIds => [.. _orders.Values.OrderBy(o => o.Opened).Select(o => o.AppTransId)];

    public static async Task<ZaloPayServer> StartAsync()
    {
        var server = new ZaloPayServer(Loopback.Create());
        server.BaseAddress = await Loopback.StartAsync(server._app, server.HandleAsync);
        return server;
    }

    /// <summary>The next <paramref name="count"/> calls to the API answer <paramref name="status"/> and do nothing.</summary>
    public void FailNext(int count, int status = 503) => _faults.FailNext(count, status);

    /// <summary>The next <paramref name="count"/> calls are carried out, and their answers lost on the way (503), as on a timeout.</summary>
    public void LoseNextAnswers(int count) => _faults.LoseNextAnswers(count);

    /// <summary>ZaloPay is back: the faults not yet served are dropped.</summary>
    public void Recover()
    {
        _faults.Clear();
        _codes.Clear();
    }

    /// <summary>The next call is answered with these codes whatever it asks (2, -402: ZaloPay could not check the request's mac).</summary>
    public void AnswerNext(int returnCode, int subReturnCode) => _codes.Enqueue((returnCode, subReturnCode));

    /// <summary>The amount an order asks, and the refunds made of it (m_refund_id, amount).</summary>
    public (long Amount, IReadOnlyList<(string RefundId, long Amount)> Refunds) Get(string appTransId)
    {
        var order = _orders[appTransId];
        lock (order)
        {
            return (order.Amount, [.. order.Refunds.Select(r => (r.RefundId, r.Amount))]);
        }
    }

    /// <summary>The shopper pays in ZaloPay's app: the order is paid, and ZaloPay's callback returned (the same one for a second call).</summary>
    public ZaloPayCallback Pay(string appTransId)
    {
        var order = _orders[appTransId];
        lock (order)
        {
            if (order.ReturnCode == 3)
            {
                order.ReturnCode = 1;
                order.ZpTransId = Interlocked.Increment(ref _transIds);
                order.ServerTime = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            }

            if (order.ReturnCode != 1)
            {
                throw new InvalidOperationException($"{appTransId} was not paid: it ended with {order.ReturnCode}.");
            }

            var data = CallbackData(order.AppTransId, order.AppTime, order.Amount, order.ZpTransId, order.ServerTime, order.EmbedData);
            return new ZaloPayCallback(appTransId, order.ZpTransId, CallbackBody(data));
        }
    }

    /// <summary>The shopper cancels on ZaloPay's page, or the order expires: it fails (ZaloPay calls back nothing).</summary>
    public void Cancel(string appTransId)
    {
        var order = _orders[appTransId];
        lock (order)
        {
            if (order.ReturnCode == 3)
            {
                order.ReturnCode = 2;
            }
        }
    }

    /// <summary>A callback's data, as ZaloPay writes it (a JSON string; its numbers as numbers).</summary>
    public static string CallbackData(
        string appTransId, long appTime, long amount, long zpTransId, long serverTime, string embedData = "{}", string appId = AppId) =>
        new JsonObject
        {
            ["app_id"] = long.Parse(appId, CultureInfo.InvariantCulture),
            ["app_trans_id"] = appTransId,
            ["app_time"] = appTime,
            ["app_user"] = "htx-marketplace",
            ["amount"] = amount,
            ["embed_data"] = embedData,
            ["item"] = "[]",
            ["zp_trans_id"] = zpTransId,
            ["server_time"] = serverTime,
            ["channel"] = 38,
            ["merchant_user_id"] = "m4Xq",
            ["user_fee_amount"] = 0,
            ["discount_amount"] = 0,
        }.ToJsonString();

    /// <summary>The callback's body for <paramref name="data"/>, its mac made with <paramref name="key2"/>.</summary>
    public static string CallbackBody(string data, string key2 = Key2) =>
        new JsonObject { ["data"] = data, ["mac"] = Sign(key2, data), ["type"] = 1 }.ToJsonString();

    /// <summary>HMAC-SHA256 as lowercase hex, as ZaloPay signs.</summary>
    public static string Sign(string key, string raw) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(raw)));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/pay/", StringComparison.Ordinal))
        {
            await PageAsync(context, path["/pay/".Length..]);
            return;
        }

        if (_faults.TryFail(out var status))
        {
            await Loopback.WriteAsync(context, status, Loopback.OutageBody);
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await Loopback.WriteAsync(context, 200, Answer(2, -401, "Dữ liệu yêu cầu không hợp lệ.").ToJsonString());
            return;
        }

        var form = await context.Request.ReadFormAsync();
        string Text(string name) => form[name].ToString();
        _requests.Enqueue(new ZaloPayRequest(path, Text("app_trans_id"), Text("m_refund_id")));
        if (Text("app_id") != AppId)
        {
            await Loopback.WriteAsync(context, 200, Answer(2, -402, "app_id không hợp lệ.").ToJsonString());
            return;
        }

        if (_codes.TryDequeue(out var code))
        {
            await Loopback.WriteAsync(context, 200, Answer(code.ReturnCode, code.SubReturnCode, "Dữ liệu yêu cầu không hợp lệ.").ToJsonString());
            return;
        }

        var answer = path switch
        {
            "/v2/create" => Create(Text),
            "/v2/query" => Query(Text),
            "/v2/refund" => Refund(Text),
            "/v2/query_refund" => QueryRefund(Text),
            _ => null,
        };
        if (answer is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (_faults.TakeLostAnswer())
        {
            await Loopback.WriteAsync(context, 503, Loopback.OutageBody);
            return;
        }

        await Loopback.WriteAsync(context, 200, answer.ToJsonString());
    }


    private JsonObject Create(Func<string, string> text)
    {
        var raw = $"{AppId}|{text("app_trans_id")}|{text("app_user")}|{text("amount")}|{text("app_time")}|{text("embed_data")}|{text("item")}";
        if (Sign(Key1, raw) != text("mac"))
        {
            return Answer(2, -402, "Chữ ký (mac) không hợp lệ.");
        }

        if (!OrderId().IsMatch(text("app_trans_id")))
        {
            return Answer(2, -401, "app_trans_id không đúng định dạng yymmdd_xxxx.");
        }

        if (!long.TryParse(text("amount"), CultureInfo.InvariantCulture, out var amount) || amount < 1_000
            || !long.TryParse(text("app_time"), CultureInfo.InvariantCulture, out var appTime)
            || JsonNode.Parse(text("embed_data"))?["redirecturl"]?.GetValue<string>() is not { } redirect
            || JsonNode.Parse(text("item")) is not JsonArray)
        {
            return Answer(2, -401, "Dữ liệu yêu cầu không hợp lệ.");
        }

        var order = new Order(text("app_trans_id"), amount, appTime, text("description"), text("embed_data"), redirect, text("callback_url"));
        if (!_orders.TryAdd(order.AppTransId, order))
        {
            return Answer(2, -68, "Mã giao dịch app_trans_id bị trùng.");
        }

        var answer = Answer(1, 1, "Giao dịch thành công");
        answer["order_url"] = $"{BaseAddress}/pay/{Uri.EscapeDataString(order.AppTransId)}";
        answer["zp_trans_token"] = order.Token;
        answer["order_token"] = order.Token;
        answer["qr_code"] = $"00020101021226520010vn.zalopay0203001010627000503{order.Token[..12]}";
        return answer;
    }

    private JsonObject Query(Func<string, string> text)
    {
        if (Sign(Key1, $"{AppId}|{text("app_trans_id")}|{Key1}") != text("mac"))
        {
            return Answer(2, -402, "Chữ ký (mac) không hợp lệ.");
        }

        if (!_orders.TryGetValue(text("app_trans_id"), out var order))
        {
            return Answer(2, -54, "Giao dịch không tồn tại.");
        }

        lock (order)
        {
            var answer = order.ReturnCode switch
            {
                1 => Answer(1, 1, "Giao dịch thành công"),
                2 => Answer(2, -54, "Giao dịch thất bại: người dùng đã hủy."),
                _ => Answer(3, 3, "Giao dịch chưa được thanh toán."),
            };
            answer["is_processing"] = false;
            answer["amount"] = order.Amount;
            answer["discount_amount"] = 0;
            answer["zp_trans_id"] = order.ZpTransId;
            answer["server_time"] = order.ServerTime;
            return answer;
        }
    }

    private JsonObject Refund(Func<string, string> text)
    {
        var raw = $"{AppId}|{text("zp_trans_id")}|{text("amount")}|{text("description")}|{text("timestamp")}";
        if (Sign(Key1, raw) != text("mac"))
        {
            return Answer(2, -402, "Chữ ký (mac) không hợp lệ.");
        }

        // "yymmdd of the current date" first, as ZaloPay's documentation asks.
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyMMdd", CultureInfo.InvariantCulture);
        if (!RefundId().IsMatch(text("m_refund_id")) || !text("m_refund_id").StartsWith($"{today}_{AppId}_", StringComparison.Ordinal))
        {
            return Answer(2, -401, "m_refund_id không đúng định dạng yymmdd_appid_xxxx của ngày hôm nay.");
        }

        var paid = _orders.Values.FirstOrDefault(o => o.ReturnCode == 1 && o.ZpTransId.ToString(CultureInfo.InvariantCulture) == text("zp_trans_id"));
        if (paid is null)
        {
            return Answer(2, -101, "Giao dịch không tồn tại.");
        }

        lock (paid)
        {
            if (_orders.Values.Any(o => o.Refunds.Any(r => r.RefundId == text("m_refund_id"))))
            {
                return Answer(2, -13, "m_refund_id đã tồn tại.");
            }

            if (!long.TryParse(text("amount"), CultureInfo.InvariantCulture, out var amount) || amount < 1_000
                || amount > paid.Amount - paid.Refunds.Sum(r => r.Amount))
            {
                return Answer(2, -16, "Số tiền hoàn vượt quá số tiền được phép.");
            }

            var refund = new RefundMade(text("m_refund_id"), amount, Interlocked.Increment(ref _transIds));
            paid.Refunds.Add(refund);
            var answer = RefundsProcessing ? Answer(3, 3, "Giao dịch hoàn tiền đang được xử lý.") : Answer(1, 1, "Hoàn tiền thành công.");
            answer["refund_id"] = refund.RefundTransId;
            return answer;
        }
    }

    private JsonObject QueryRefund(Func<string, string> text)
    {
        if (Sign(Key1, $"{AppId}|{text("m_refund_id")}|{text("timestamp")}") != text("mac"))
        {
            return Answer(2, -402, "Chữ ký (mac) không hợp lệ.");
        }

        return _orders.Values.Any(o => o.Refunds.Any(r => r.RefundId == text("m_refund_id")))
            ? Answer(RefundsProcessing ? 3 : 1, 1, "Hoàn tiền thành công.")
            : Answer(2, -101, "Giao dịch hoàn tiền không tồn tại.");
    }

    /// <summary>ZaloPay's page: the amount, and the shopper's two answers; an answer sends the shopper back, with ZaloPay's checksum.</summary>
    private async Task PageAsync(HttpContext context, string rest)
    {
        var parts = rest.Split('/');
        if (!_orders.TryGetValue(Uri.UnescapeDataString(parts[0]), out var order))
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (context.Request.Method == HttpMethods.Post && parts.Length == 2)
        {
            var status = 1;
            if (parts[1] == "approve")
            {
                var paid = Pay(order.AppTransId);
                if (PostCallbacks)
                {
                    using var content = new StringContent(paid.Body, Encoding.UTF8, "application/json");
                    using var _ = await Loopback.Http.PostAsync(order.CallbackUrl, content);
                }
            }
            else
            {
                Cancel(order.AppTransId);
                status = -49; // the shopper cancelled
            }

            var amount = order.Amount.ToString(CultureInfo.InvariantCulture);
            var checksum = Sign(Key2, $"{AppId}|{order.AppTransId}|38||{amount}|0|{status}");
            var query = $"appid={AppId}&apptransid={WebUtility.UrlEncode(order.AppTransId)}&pmcid=38&bankcode=&amount={amount}"
                + $"&discountamount=0&status={status}&checksum={checksum}";
            context.Response.Redirect(order.Redirect + (order.Redirect.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query);
            return;
        }

        var shown = order.Amount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        var id = Uri.EscapeDataString(order.AppTransId);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>ZaloPay (loopback)</title></head>
            <body style="font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem">
            <h1 style="color:#0057d9">ZaloPay</h1><p id="amount">{shown} ₫</p><p>{WebUtility.HtmlEncode(order.Description)}</p>
            <form method="post" action="/pay/{id}/approve"><button id="zalopay-approve" type="submit">Thanh toán</button></form>
            <form method="post" action="/pay/{id}/cancel"><button id="zalopay-cancel" type="submit">Hủy giao dịch</button></form>
            </body></html>
            """);
    }

    private static JsonObject Answer(int returnCode, int subReturnCode, string message) => new()
    {
        ["return_code"] = returnCode,
        ["return_message"] = returnCode == 1 ? "Giao dịch thành công" : message,
        ["sub_return_code"] = subReturnCode,
        ["sub_return_message"] = message,
    };

    [GeneratedRegex(@"^\d{6}_[A-Za-z0-9\-]{1,33}$")]
    private static partial Regex OrderId();

    [GeneratedRegex(@"^\d{6}_\d+_[A-Za-z0-9]{1,40}$")]
    private static partial Regex RefundId();

    private sealed class Order(string appTransId, long amount, long appTime, string description, string embedData, string redirect, string callbackUrl)
    {
        public string AppTransId { get; } = appTransId;

        public long Amount { get; } = amount;

        public long AppTime { get; } = appTime;

        public string Description { get; } = description;

        public string EmbedData { get; } = embedData;

        public string Redirect { get; } = redirect;

        public string CallbackUrl { get; } = callbackUrl;

        public string Token { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

        public DateTimeOffset Opened { get; } = DateTimeOffset.UtcNow;

        /// <summary>3 open, 1 paid, 2 failed: as ZaloPay's query answers.</summary>
        public int ReturnCode { get; set; } = 3;

        public long ZpTransId { get; set; }

        public long ServerTime { get; set; }

        public List<RefundMade> Refunds { get; } = [];
    }

    private sealed record RefundMade(string RefundId, long Amount, long RefundTransId);
}
