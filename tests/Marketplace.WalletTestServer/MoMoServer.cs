using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.MessagingTestServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marketplace.WalletTestServer;

/// <summary>A MoMo notification (IPN) as MoMo posts it: its JSON body, signed.</summary>
public sealed record MoMoNotice(string OrderId, int ResultCode, long TransId, string Body);

/// <summary>A request as the server received it.</summary>
public sealed record MoMoRequest(string Path, string OrderId, string RequestId);

/// <summary>
/// A loopback stand-in for MoMo's payment gateway (API v2, captureWallet), built from MoMo's
/// published specification: create, query and refund, each checked against its HMAC-SHA256
/// signature under the partner's secret key, over the fields in MoMo's documented order; an order
/// id taken once (code 41); a payment page where the shopper approves or denies; notifications
/// signed as MoMo signs them, posted to the partner's IPN address when it can be reached (a real
/// host) and kept for a test to deliver itself (an in-memory test host). Faults can be injected:
/// the next answers fail with a status.
/// </summary>
public sealed class MoMoServer : IAsyncDisposable
{
    public const string PartnerCode = "MOMOTEST2026";
    public const string AccessKey = "F8BBA842ECF85";
    public const string SecretKey = "K951B6PE1waDMi640xX08PD3vg6EkVlz";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Order> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<MoMoRequest> _requests = new();
    private readonly Faults _faults = new();
    private readonly ConcurrentQueue<int> _codes = new();
    private long _transIds = 4_100_000_000;

    private MoMoServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>Whether a payment approved on the page is also posted to the partner's IPN address.</summary>
    public bool PostNotifications { get; set; }

    public IReadOnlyList<MoMoRequest> Requests => [.. _requests];

    /// <summary>Every payment opened, in the order it was opened.</summary>
    public IReadOnlyList<string> OrderIds => [.. _orders.Values.OrderBy(o => o.Opened).Select(o => o.OrderId)];

    public static async Task<MoMoServer> StartAsync()
    {
        var server = new MoMoServer(Loopback.Create());
        server.BaseAddress = await Loopback.StartAsync(server._app, server.HandleAsync);
        return server;
    }

    /// <summary>The next <paramref name="count"/> calls to the API answer <paramref name="status"/> and do nothing.</summary>
    public void FailNext(int count, int status = 503) => _faults.FailNext(count, status);

    /// <summary>MoMo is back: the faults not yet served are dropped.</summary>
    public void Recover()
    {
        _faults.Clear();
        _codes.Clear();
    }

    /// <summary>The next <paramref name="count"/> calls are carried out, and their answers lost on the way (503), as on a timeout.</summary>
    public void LoseNextAnswers(int count) => _faults.LoseNextAnswers(count);

    /// <summary>The next call is answered with a code about the request, not the payment (10: MoMo is under maintenance).</summary>
    public void AnswerNext(int resultCode) => _codes.Enqueue(resultCode);

    /// <summary>The amount a payment asks, and the refunds made of it (order id, amount).</summary>
    public (long Amount, IReadOnlyList<(string OrderId, long Amount)> Refunds) Get(string orderId)
    {
        var order = _orders[orderId];
        lock (order)
        {
            return (order.Amount, [.. order.Refunds.Select(r => (r.OrderId, r.Amount))]);
        }
    }

    /// <summary>The shopper approves the payment in MoMo's app: it is paid, and MoMo's notification is returned.</summary>
    public MoMoNotice Pay(string orderId) => Settle(orderId, 0, "Thành công.");

    /// <summary>The shopper denies it (1006), or it fails another way: MoMo's notification of that.</summary>
    public MoMoNotice Deny(string orderId, int resultCode = 1006, string message = "Giao dịch bị từ chối bởi người dùng.") =>
        Settle(orderId, resultCode, message);

    /// <summary>HMAC-SHA256 as lowercase hex, as MoMo signs.</summary>
    public static string Sign(string raw, string secret = SecretKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(raw)));

    /// <summary>The notification's body for these fields, signed with <paramref name="secret"/>.</summary>
    public static string NoticeBody(
        string orderId, string requestId, long amount, string orderInfo, long transId, int resultCode, string message, long responseTime,
        string secret = SecretKey)
    {
        const string orderType = "momo_wallet";
        const string payType = "qr";
        var signature = Sign(
            $"accessKey={AccessKey}&amount={amount}&extraData=&message={message}&orderId={orderId}&orderInfo={orderInfo}&orderType={orderType}"
            + $"&partnerCode={PartnerCode}&payType={payType}&requestId={requestId}&responseTime={responseTime}&resultCode={resultCode}&transId={transId}",
            secret);
        return new JsonObject
        {
            ["partnerCode"] = PartnerCode,
            ["orderId"] = orderId,
            ["requestId"] = requestId,
            ["amount"] = amount,
            ["orderInfo"] = orderInfo,
            ["orderType"] = orderType,
            ["transId"] = transId,
            ["resultCode"] = resultCode,
            ["message"] = message,
            ["payType"] = payType,
            ["responseTime"] = responseTime,
            ["extraData"] = string.Empty,
            ["signature"] = signature,
        }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private MoMoNotice Settle(string orderId, int resultCode, string message)
    {
        var order = _orders[orderId];
        lock (order)
        {
            if (order.ResultCode == 1000)
            {
                order.ResultCode = resultCode;
                order.Message = message;
                order.TransId = Interlocked.Increment(ref _transIds);
            }

            return new MoMoNotice(orderId, order.ResultCode, order.TransId, NoticeBody(
                order.OrderId, order.RequestId, order.Amount, order.OrderInfo, order.TransId, order.ResultCode, order.Message,
                DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
        }
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

        var body = await Loopback.ReadJsonAsync(context.Request) ?? [];
        string Text(string name) => Loopback.Text(body[name]) ?? string.Empty;
        _requests.Enqueue(new MoMoRequest(path, Text("orderId"), Text("requestId")));
        if (_codes.TryDequeue(out var code))
        {
            await Loopback.WriteAsync(context, 200, Answer(body, code, "Hệ thống đang được bảo trì.").ToJsonString(Json));
            return;
        }

        if (Text("partnerCode") != PartnerCode)
        {
            await Loopback.WriteAsync(context, 400, Answer(body, 11, "Truy cập bị từ chối.").ToJsonString(Json));
            return;
        }

        var answer = path switch
        {
            "/v2/gateway/api/create" => Create(body, Text),
            "/v2/gateway/api/query" => Query(body, Text),
            "/v2/gateway/api/refund" => Refund(body, Text),
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

        await Loopback.WriteAsync(context, answer["resultCode"]!.GetValue<int>() == 0 ? 200 : 400, answer.ToJsonString(Json));
    }


    private JsonObject Create(JsonObject body, Func<string, string> text)
    {
        var raw = $"accessKey={AccessKey}&amount={text("amount")}&extraData={text("extraData")}&ipnUrl={text("ipnUrl")}&orderId={text("orderId")}"
            + $"&orderInfo={text("orderInfo")}&partnerCode={PartnerCode}&redirectUrl={text("redirectUrl")}&requestId={text("requestId")}"
            + $"&requestType={text("requestType")}";
        if (Sign(raw) != text("signature"))
        {
            return Answer(body, 11, "Chữ ký không hợp lệ.");
        }

        if (!long.TryParse(text("amount"), CultureInfo.InvariantCulture, out var amount) || amount is < 1_000 or > 50_000_000)
        {
            return Answer(body, 22, "Số tiền giao dịch không hợp lệ.");
        }

        var order = new Order(text("orderId"), text("requestId"), amount, text("orderInfo"), text("redirectUrl"), text("ipnUrl"));
        if (order.OrderId.Length == 0 || !_orders.TryAdd(order.OrderId, order))
        {
            return Answer(body, 41, "OrderId bị trùng.");
        }

        var answer = Answer(body, 0, "Thành công.");
        answer["payUrl"] = $"{BaseAddress}/pay/{order.OrderId}";
        answer["deeplink"] = $"momo://app?action=payWithApp&orderId={order.OrderId}";
        answer["qrCodeUrl"] = $"momo://app?action=payWithApp&orderId={order.OrderId}";
        return answer;
    }

    private JsonObject Query(JsonObject body, Func<string, string> text)
    {
        if (Sign($"accessKey={AccessKey}&orderId={text("orderId")}&partnerCode={PartnerCode}&requestId={text("requestId")}") != text("signature"))
        {
            return Answer(body, 11, "Chữ ký không hợp lệ.");
        }

        if (!_orders.TryGetValue(text("orderId"), out var order))
        {
            return Answer(body, 42, "OrderId không tồn tại.");
        }

        lock (order)
        {
            var answer = Answer(body, order.ResultCode, order.Message);
            answer["amount"] = order.Amount;
            answer["transId"] = order.TransId;
            answer["payType"] = "qr";
            answer["extraData"] = string.Empty;
            answer["refundTrans"] = new JsonArray([.. order.Refunds.Select(r => (JsonNode)new JsonObject
            {
                ["orderId"] = r.OrderId,
                ["amount"] = r.Amount,
                ["resultCode"] = 0,
                ["transId"] = r.TransId,
            })]);
            return answer;
        }
    }

    private JsonObject Refund(JsonObject body, Func<string, string> text)
    {
        var raw = $"accessKey={AccessKey}&amount={text("amount")}&description={text("description")}&orderId={text("orderId")}"
            + $"&partnerCode={PartnerCode}&requestId={text("requestId")}&transId={text("transId")}";
        if (Sign(raw) != text("signature"))
        {
            return Answer(body, 11, "Chữ ký không hợp lệ.");
        }

        var paid = _orders.Values.FirstOrDefault(o => o.ResultCode == 0 && o.TransId.ToString(CultureInfo.InvariantCulture) == text("transId"));
        if (paid is null)
        {
            return Answer(body, 42, "Giao dịch không tồn tại.");
        }

        lock (paid)
        {
            var amount = long.Parse(text("amount"), CultureInfo.InvariantCulture);
            if (paid.Refunds.Any(r => r.OrderId == text("orderId")) || _orders.ContainsKey(text("orderId")))
            {
                return Answer(body, 41, "OrderId bị trùng.");
            }

            if (amount < 1_000 || amount > paid.Amount - paid.Refunds.Sum(r => r.Amount))
            {
                return Answer(body, 1081, "Số tiền hoàn vượt quá số tiền được phép.");
            }

            var refund = new RefundMade(text("orderId"), amount, Interlocked.Increment(ref _transIds));
            paid.Refunds.Add(refund);
            var answer = Answer(body, 0, "Thành công.");
            answer["amount"] = amount;
            answer["transId"] = refund.TransId;
            return answer;
        }
    }

    /// <summary>MoMo's page: the amount, and the shopper's two answers; an answer notifies the partner and sends the shopper back.</summary>
    private async Task PageAsync(HttpContext context, string rest)
    {
        var parts = rest.Split('/');
        if (!_orders.TryGetValue(parts[0], out var order))
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (context.Request.Method == HttpMethods.Post && parts.Length == 2)
        {
            var notice = parts[1] == "approve" ? Pay(order.OrderId) : Deny(order.OrderId);
            if (PostNotifications)
            {
                using var content = new StringContent(notice.Body, Encoding.UTF8, "application/json");
                using var _ = await Loopback.Http.PostAsync(order.IpnUrl, content);
            }

            var fields = JsonNode.Parse(notice.Body)!.AsObject();
            var query = string.Join('&', fields.Select(f => $"{f.Key}={WebUtility.UrlEncode(f.Value?.ToString())}"));
            context.Response.Redirect(order.RedirectUrl + (order.RedirectUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query);
            return;
        }

        var amount = order.Amount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>MoMo (loopback)</title></head>
            <body style="font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem">
            <h1 style="color:#a50064">MoMo</h1><p id="amount">{amount} ₫</p><p>{WebUtility.HtmlEncode(order.OrderInfo)}</p>
            <form method="post" action="/pay/{order.OrderId}/approve"><button id="momo-approve" type="submit">Xác nhận thanh toán</button></form>
            <form method="post" action="/pay/{order.OrderId}/deny"><button id="momo-deny" type="submit">Hủy</button></form>
            </body></html>
            """);
    }

    private static JsonObject Answer(JsonObject request, int resultCode, string message)
    {
        var answer = new JsonObject
        {
            ["partnerCode"] = PartnerCode,
            ["orderId"] = request["orderId"]?.ToString(),
            ["requestId"] = request["requestId"]?.ToString(),
            ["responseTime"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["message"] = message,
            ["resultCode"] = resultCode,
        };
        if (request["amount"] is { } amount)
        {
            answer["amount"] = amount.DeepClone();
        }

        return answer;
    }

    private sealed class Order(string orderId, string requestId, long amount, string orderInfo, string redirectUrl, string ipnUrl)
    {
        public string OrderId { get; } = orderId;

        public string RequestId { get; } = requestId;

        public long Amount { get; } = amount;

        public string OrderInfo { get; } = orderInfo;

        public string RedirectUrl { get; } = redirectUrl;

        public string IpnUrl { get; } = ipnUrl;

        public DateTimeOffset Opened { get; } = DateTimeOffset.UtcNow;

        public int ResultCode { get; set; } = 1000;

        public string Message { get; set; } = "Giao dịch đã được khởi tạo, chờ người dùng xác nhận thanh toán.";

        public long TransId { get; set; }

        public List<RefundMade> Refunds { get; } = [];
    }

    private sealed record RefundMade(string OrderId, long Amount, long TransId);
}
