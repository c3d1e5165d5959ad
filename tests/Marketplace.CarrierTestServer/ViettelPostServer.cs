using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.MessagingTestServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marketplace.CarrierTestServer;

/// <summary>A price request as Viettel Post received it: its ids for both ends, the grams, the value and the cash to collect.</summary>
public sealed record ViettelPostPriceRequest(
    int SenderProvince, int SenderDistrict, int SenderWard, int ReceiverProvince, int ReceiverDistrict, int ReceiverWard, long Weight, long Price,
    long Collection);

/// <summary>A parcel Viettel Post took in: what the partner sent, read back, and the waybill Viettel Post gave it.</summary>
public sealed record ViettelPostOrder(
    string Waybill,
    string OrderNumber,
    string SenderFullname,
    string SenderAddress,
    int SenderProvince,
    int SenderWard,
    string ReceiverFullname,
    string ReceiverPhone,
    string ReceiverAddress,
    int ReceiverProvince,
    int ReceiverDistrict,
    int ReceiverWard,
    string ProductName,
    long ProductPrice,
    long ProductWeight,
    long ProductLength,
    int OrderPayment,
    string OrderService,
    long MoneyCollection,
    string OrderNote,
    IReadOnlyList<string> Items)
{
    /// <summary>Viettel Post's status number: −100 taken in, 105 picked up, 107 cancelled by the partner.</summary>
    public int Status { get; set; } = -100;
}

/// <summary>
/// A loopback stand-in for Viettel Post's partner API, built from its published documentation
/// ("Tài liệu kết nối API ViettelPost"): sign-in (POST /v2/user/Login, then /v2/user/ownerconnect
/// for the long-lived token), the <c>Token</c> header on every call, its envelope
/// <c>{"status":200,"error":false,"message":"OK","data":…}</c> with <c>error</c> true and the
/// reason for a refusal (on HTTP 200, as Viettel Post does; "Token invalid or expired" for a token
/// it no longer takes). Its address book since the 2025 merger (GET /v3/categories/listProvinceNew,
/// /v3/categories/listWardsNew?provinceId=, names in capitals), POST /v2/order/getPriceAll (a bare
/// list of services and prices), POST /v2/order/createOrder (our code once, when CHECK_UNIQUE), POST
/// /v2/order/printing-code (the code in <c>message</c>) for GET /DigitalizePrint/report.do (an HTML
/// page), POST /v2/order/UpdateOrder (TYPE 4 cancels before pickup). And the status push Viettel
/// Post sends the partner, on the test's word (<see cref="PushAsync"/>). Faults on demand. The
/// wording of a refused duplicate code is this stand-in's: Viettel Post documents the check, not its words.
/// </summary>
public sealed class ViettelPostServer : IAsyncDisposable
{
    public const string Username = "0912000111";
    public const string Password = "vtp-test-2026";

    /// <summary>The address book: province (id, code, name) → communes (id, name), as Viettel Post writes them.</summary>
    private static readonly (int Id, string Code, string Name, (int Id, string Name)[] Wards)[] Book =
    [
        (1, "HNI", "Thành phố Hà Nội", [(49876, "PHƯỜNG BA ĐÌNH"), (49877, "PHƯỜNG NGỌC HÀ")]),
        (2, "HCM", "Thành phố Hồ Chí Minh", [(50901, "PHƯỜNG SÀI GÒN"), (50902, "PHƯỜNG BẾN THÀNH")]),
        (32, "DNG", "Thành phố Đà Nẵng", [(50210, "PHƯỜNG HẢI CHÂU")]),
        (20, "TNN", "Tỉnh Thái Nguyên", [(50330, "XÃ NHƯ CỐ"), (50331, "PHƯỜNG PHAN ĐÌNH PHÙNG")]),
    ];

    /// <summary>The services this stand-in offers on every route served: a standard one and an express one.</summary>
    public static readonly (string Code, string Name)[] Services = [("LCOD", "Chuyển phát tiêu chuẩn"), ("VCN", "Chuyển phát nhanh")];

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _faults = new();
    private readonly ConcurrentDictionary<string, ViettelPostOrder> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _printCodes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _shortTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, bool> _notServed = new();
    private readonly ConcurrentQueue<ViettelPostPriceRequest> _prices = new();
    private readonly ConcurrentQueue<string> _taken = new();
    private int _waybills = 40_117;
    private int _lost;
    private int _signIns;

    private ViettelPostServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>The parcels taken in, by the partner's code.</summary>
    public IReadOnlyDictionary<string, ViettelPostOrder> Orders => _orders;

    /// <summary>The partners' codes of every order taken in, in order (a code taken twice would be here twice).</summary>
    public IReadOnlyList<string> Taken => [.. _taken];

    /// <summary>The price requests, in order.</summary>
    public IReadOnlyList<ViettelPostPriceRequest> PriceRequests => [.. _prices];

    /// <summary>How many times the partner signed in (Login then ownerconnect).</summary>
    public int SignIns => _signIns;

    public static async Task<ViettelPostServer> StartAsync()
    {
        var server = new ViettelPostServer(Loopback.Create());
        server.BaseAddress = await Loopback.StartAsync(server._app, server.HandleAsync);
        return server;
    }

    /// <summary>
    /// This stand-in's prices (with VAT): the standard service 20,000 ₫ within a province for the
    /// first 2 kg, else 30,000 ₫ for the first 500 g, then 3,000 ₫ or 4,000 ₫ for each 500 g begun;
    /// express 10,000 ₫ more. A parcel is charged the heavier of its grams and its box's (cm³ ÷ 6).
    /// </summary>
    public static long FeeFor(bool sameProvince, long grams, bool express = false, long lengthCm = 0, long widthCm = 0, long heightCm = 0)
    {
        grams = Math.Max(grams, ((lengthCm * widthCm * heightCm) + 5) / 6);
        var (first, firstFee, stepFee) = sameProvince ? (2_000, 20_000, 3_000) : (500, 30_000, 4_000);
        var steps = (Math.Max(0, grams - first) + 499) / 500;
        return firstFee + (steps * stepFee) + (express ? 10_000 : 0);
    }

    /// <summary>The next <paramref name="count"/> calls answer <paramref name="status"/>.</summary>
    public void FailNext(int count, int status = 503)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(status);
        }
    }

    /// <summary>The next <paramref name="count"/> orders are taken in, but their answers lost (504), as on a network that drops them.</summary>
    public void LoseNextAnswers(int count) => Interlocked.Exchange(ref _lost, count);

    /// <summary>Routes into the province are offered no service.</summary>
    public void DoesNotServe(int provinceId) => _notServed[provinceId] = true;

    public void Recover()
    {
        _faults.Clear();
        Interlocked.Exchange(ref _lost, 0);
        _notServed.Clear();
    }

    /// <summary>Every token given so far is refused from now on ("Token invalid or expired").</summary>
    public void ExpireTokens() => _tokens.Clear();

    /// <summary>The parcel as picked up by the courier (105): Viettel Post no longer cancels it.</summary>
    public void PickedUp(string waybill) => _orders.Values.Single(o => o.Waybill == waybill).Status = 105;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>
    /// Pushes a status of a parcel to the partner's address, as Viettel Post does: JSON
    /// <c>{"DATA":{ORDER_NUMBER (the waybill), ORDER_REFERENCE (the partner's code), ORDER_STATUSDATE
    /// (dd/MM/yyyy HH:mm:ss, Vietnam's time), ORDER_STATUS, STATUS_NAME, LOCALION_CURRENTLY, NOTE,
    /// MONEY_COLLECTION, …}, "TOKEN": the secret}</c>; with <paramref name="inHeader"/> the secret goes
    /// in the Authorization header instead, as the documentation also describes.
    /// </summary>
    public static async Task<HttpResponseMessage> PushAsync(
        HttpClient partner, string path, string secret, ViettelPostOrder order, int status, DateTimeOffset at, string? note = null,
        long? moneyCollection = null, bool inHeader = false)
    {
        var body = new JsonObject
        {
            ["DATA"] = new JsonObject
            {
                ["ORDER_NUMBER"] = order.Waybill,
                ["ORDER_REFERENCE"] = order.OrderNumber,
                ["ORDER_STATUSDATE"] = at.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                ["ORDER_STATUS"] = status,
                ["STATUS_NAME"] = StatusName(status),
                ["LOCALION_CURRENTLY"] = "TNN, CMI, Bưu cục Chợ Mới - TNN - Thái Nguyên",
                ["NOTE"] = note ?? string.Empty,
                ["MONEY_COLLECTION"] = moneyCollection ?? order.MoneyCollection,
                ["MONEY_FEECOD"] = 0,
                ["MONEY_TOTAL"] = FeeFor(false, order.ProductWeight),
                ["EXPECTED_DELIVERY"] = "Khoảng 2 ngày làm việc",
                ["PRODUCT_WEIGHT"] = order.ProductWeight,
                ["ORDER_SERVICE"] = order.OrderService,
                ["ORDER_PAYMENT"] = order.OrderPayment,
                ["IS_RETURNING"] = status is 502 or 504 or 515,
            },
            ["TOKEN"] = inHeader ? string.Empty : secret,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (inHeader)
        {
            request.Headers.TryAddWithoutValidation("Authorization", secret);
        }

        return await partner.SendAsync(request);
    }

    private static string StatusName(int status) => status switch
    {
        -100 => "Đơn hàng mới tạo, chưa duyệt",
        105 => "Bưu tá đã nhận hàng",
        107 => "Đối tác yêu cầu hủy qua API",
        200 => "Nhận từ bưu tá - Bưu cục gốc",
        300 => "Khai thác đi",
        500 => "Giao bưu tá đi phát",
        501 => "Phát thành công",
        502 => "Chuyển hoàn bưu cục gốc",
        504 => "Hoàn thành công - chuyển trả người gửi",
        505 => "Phát thất bại - yêu cầu chuyển hoàn",
        506 => "Phát thất bại",
        515 => "Duyệt hoàn",
        _ => "Trạng thái " + status.ToString(CultureInfo.InvariantCulture),
    };

    private async Task HandleAsync(HttpContext context)
    {
        var path = (context.Request.Path.Value ?? string.Empty).ToLowerInvariant(); // Viettel Post's paths are read in any case
        if (_faults.TryDequeue(out var fault))
        {
            await Loopback.WriteAsync(context, fault, Loopback.OutageBody);
            return;
        }

        if (path == "/digitalizeprint/report.do")
        {
            await PrintAsync(context);
            return;
        }

        var body = HttpMethods.IsPost(context.Request.Method) ? await Loopback.ReadJsonAsync(context.Request) : null;
        var token = context.Request.Headers["Token"].ToString();
        if (path == "/v2/user/login")
        {
            await Loopback.WriteAsync(context, 200, SignIn(body, _shortTokens, "tmp-"));
            return;
        }

        if (path == "/v2/user/ownerconnect")
        {
            var signedIn = _shortTokens.TryRemove(token, out _)
                ? SignIn(body, _tokens, "vtp-")
                : Refusal(401, string.IsNullOrEmpty(token) ? "Header Token is required" : "Token invalid");
            if (!signedIn.Contains("\"error\":true", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _signIns);
            }

            await Loopback.WriteAsync(context, 200, signedIn);
            return;
        }

        if (!_tokens.ContainsKey(token))
        {
            await Loopback.WriteAsync(context, 200, Refusal(401, string.IsNullOrEmpty(token) ? "Header Token is required" : "Token invalid or expired"));
            return;
        }

        var (status, answer) = path switch
        {
            "/v3/categories/listprovincenew" => (200, Data(Book.Select(p => new { PROVINCE_ID = p.Id, PROVINCE_CODE = p.Code, PROVINCE_NAME = p.Name }))),
            "/v3/categories/listwardsnew" => Wards(context.Request.Query["provinceId"].ToString()),
            "/v2/order/getpriceall" => PriceAll(body),
            "/v2/order/createorder" => Create(body),
            "/v2/order/printing-code" => PrintingCode(body),
            "/v2/order/updateorder" => Update(body),
            _ => (404, Refusal(404, "Not found")),
        };
        await Loopback.WriteAsync(context, status, answer);
    }

    private static string SignIn(JsonObject? body, ConcurrentDictionary<string, bool> tokens, string prefix)
    {
        if (Loopback.Text(body?["USERNAME"]) != Username || Loopback.Text(body?["PASSWORD"]) != Password)
        {
            return Refusal(200, "Invalid owner account or password!");
        }

        var token = prefix + Guid.NewGuid().ToString("N");
        tokens[token] = true;
        return Data(new { userId = 7_856_551, token, partner = 7_856_551, phone = Username, expired = 0, source = 5 });
    }

    private static (int, string) Wards(string provinceId)
    {
        var province = Book.FirstOrDefault(p => p.Id.ToString(CultureInfo.InvariantCulture) == provinceId);
        return province.Name is null
            ? (200, Refusal(400, "Incorrect data: provinceId"))
            : (200, Data(province.Wards.Select(w => new
            {
                WARDS_ID = w.Id,
                WARDS_NAME = w.Name,
                DISTRICT_ID = 100_000_000 + province.Id,
                PROVINCE_ID = province.Id,
            })));
    }

    /// <summary>The province a commune id is in, or 0 when the book has no such commune.</summary>
    private static int ProvinceOf(long wardId) => Book.FirstOrDefault(p => p.Wards.Any(w => w.Id == wardId)).Id;

    private (int, string) PriceAll(JsonObject? body)
    {
        long Number(string name) => long.TryParse(Loopback.Text(body?[name]), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var request = new ViettelPostPriceRequest(
            (int)Number("SENDER_PROVINCE"), (int)Number("SENDER_DISTRICT"), (int)Number("SENDER_WARD"), (int)Number("RECEIVER_PROVINCE"),
            (int)Number("RECEIVER_DISTRICT"), (int)Number("RECEIVER_WARD"), Number("PRODUCT_WEIGHT"), Number("PRODUCT_PRICE"), Number("MONEY_COLLECTION"));
        _prices.Enqueue(request);
        if (ProvinceOf(request.SenderWard) != request.SenderProvince || ProvinceOf(request.ReceiverWard) != request.ReceiverProvince
            || request.SenderProvince == 0 || request.ReceiverProvince == 0)
        {
            return (200, Refusal(400, "Price does not apply to this itinerary!"));
        }

        if (request.Weight <= 0 || Number("TYPE") != 1 || Loopback.Text(body?["PRODUCT_TYPE"]) != "HH")
        {
            return (200, Refusal(400, "Incorrect data: PRODUCT_WEIGHT"));
        }

        if (_notServed.ContainsKey(request.ReceiverProvince))
        {
            return (200, "[]");
        }

        var same = request.SenderProvince == request.ReceiverProvince;
        return (200, JsonSerializer.Serialize(Services.Select(s => new
        {
            MA_DV_CHINH = s.Code,
            TEN_DICHVU = s.Name,
            GIA_CUOC = FeeFor(same, request.Weight, s.Code == "VCN", Number("PRODUCT_LENGTH"), Number("PRODUCT_WIDTH"), Number("PRODUCT_HEIGHT")),
            THOI_GIAN = same ? "24 giờ" : "48 giờ",
            EXCHANGE_WEIGHT = request.Weight,
            EXTRA_SERVICE = new[] { new { SERVICE_CODE = "GBP", SERVICE_NAME = "Báo phát", DESCRIPTION = (string?)null } },
        })));
    }

    private (int, string) Create(JsonObject? body)
    {
        string Text(string name) => Loopback.Text(body?[name]) ?? string.Empty;
        long Number(string name) => long.TryParse(Text(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : -1;
        if (body is null)
        {
            return (200, Refusal(400, "Incorrect data"));
        }

        var missing = new[] { "SENDER_FULLNAME", "SENDER_ADDRESS", "SENDER_PHONE", "RECEIVER_FULLNAME", "RECEIVER_ADDRESS", "RECEIVER_PHONE", "ORDER_SERVICE" }
            .FirstOrDefault(f => string.IsNullOrWhiteSpace(Text(f)));
        var tooLong = new[] { "ORDER_NUMBER", "SENDER_FULLNAME", "SENDER_ADDRESS", "RECEIVER_FULLNAME", "RECEIVER_ADDRESS", "PRODUCT_NAME", "ORDER_NOTE" }
            .FirstOrDefault(f => Encoding.UTF8.GetByteCount(Text(f)) > 150);
        if ((missing ?? tooLong) is { } field)
        {
            return (200, Refusal(400, "Incorrect data: " + field));
        }

        if (ProvinceOf(Number("SENDER_WARD")) != Number("SENDER_PROVINCE") || Number("SENDER_PROVINCE") <= 0)
        {
            return (200, Refusal(400, "Invalid [SENDER_WARD]"));
        }

        if (ProvinceOf(Number("RECEIVER_WARD")) != Number("RECEIVER_PROVINCE") || Number("RECEIVER_PROVINCE") <= 0)
        {
            return (200, Refusal(400, "Invalid [RECEIVER_WARD]"));
        }

        var payment = (int)Number("ORDER_PAYMENT");
        if (payment is < 1 or > 4 || Services.All(s => s.Code != Text("ORDER_SERVICE")) || Text("PRODUCT_TYPE") is not ("HH" or ""))
        {
            return (200, Refusal(400, "Incorrect data: ORDER_PAYMENT, ORDER_SERVICE or PRODUCT_TYPE"));
        }

        var collection = Number("MONEY_COLLECTION");
        if (collection < 0 || (collection > 0 && payment is not (2 or 3)) || Number("PRODUCT_WEIGHT") is <= 0 or > 50_000)
        {
            return (200, Refusal(400, "Invalid [MONEY_COLLECTION]"));
        }

        var code = Text("ORDER_NUMBER");
        if (body["CHECK_UNIQUE"] is JsonValue unique && unique.GetValueKind() == JsonValueKind.True && code.Length > 0 && _orders.ContainsKey(code))
        {
            return (200, Refusal(400, $"Mã đơn hàng {code} đã tồn tại"));
        }

        var weight = Number("PRODUCT_WEIGHT");
        var fee = FeeFor(
            Number("SENDER_PROVINCE") == Number("RECEIVER_PROVINCE"), weight, Text("ORDER_SERVICE") == "VCN", Number("PRODUCT_LENGTH"),
            Number("PRODUCT_WIDTH"), Number("PRODUCT_HEIGHT"));
        var order = new ViettelPostOrder(
            "1823" + Interlocked.Increment(ref _waybills).ToString("D8", CultureInfo.InvariantCulture), code, Text("SENDER_FULLNAME"), Text("SENDER_ADDRESS"),
            (int)Number("SENDER_PROVINCE"), (int)Number("SENDER_WARD"), Text("RECEIVER_FULLNAME"), Text("RECEIVER_PHONE"), Text("RECEIVER_ADDRESS"),
            (int)Number("RECEIVER_PROVINCE"), (int)Number("RECEIVER_DISTRICT"), (int)Number("RECEIVER_WARD"), Text("PRODUCT_NAME"), Number("PRODUCT_PRICE"),
            weight, Number("PRODUCT_LENGTH"), payment, Text("ORDER_SERVICE"), collection, Text("ORDER_NOTE"),
            [.. (body["LIST_ITEM"] as JsonArray ?? []).Select(i => Loopback.Text(i?["PRODUCT_NAME"]) ?? string.Empty)]);
        _orders[code.Length > 0 ? code : order.Waybill] = order;
        _taken.Enqueue(code);
        if (Interlocked.Decrement(ref _lost) >= 0)
        {
            return (504, Loopback.OutageBody);
        }

        Interlocked.Exchange(ref _lost, 0);
        return (200, Data(new
        {
            ORDER_NUMBER = order.Waybill,
            MONEY_COLLECTION = collection,
            EXCHANGE_WEIGHT = weight,
            MONEY_TOTAL = fee,
            MONEY_TOTAL_FEE = fee * 10 / 11,
            MONEY_FEE = 0,
            MONEY_COLLECTION_FEE = 0,
            MONEY_OTHER_FEE = 0,
            MONEY_VAS = 0,
            MONEY_VAT = fee - (fee * 10 / 11),
            KPI_HT = 48.0,
        }));
    }

    private (int, string) PrintingCode(JsonObject? body)
    {
        var waybills = (body?["ORDER_ARRAY"] as JsonArray ?? []).Select(c => Loopback.Text(c) ?? string.Empty).ToList();
        var until = long.TryParse(Loopback.Text(body?["EXPIRY_TIME"]), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : 0;
        if (waybills.Count is 0 or > 100 || waybills.Any(w => _orders.Values.All(o => o.Waybill != w))
            || until <= DateTimeOffset.UtcNow.ToUnixTimeMilliseconds())
        {
            return (200, Refusal(400, "Incorrect data: ORDER_ARRAY or EXPIRY_TIME"));
        }

        var code = Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray()); // has + / =, as Viettel Post's
        _printCodes[code] = string.Join(',', waybills);
        return (200, JsonSerializer.Serialize(new { status = 200, error = false, message = code, data = (object?)null }));
    }

    private (int, string) Update(JsonObject? body)
    {
        var order = _orders.Values.FirstOrDefault(o => o.Waybill == Loopback.Text(body?["ORDER_NUMBER"]));
        if (order is null)
        {
            return (200, Refusal(400, "Order does not exist"));
        }

        if (Loopback.Text(body?["TYPE"]) != "4")
        {
            return (200, Refusal(400, "Incorrect data: TYPE"));
        }

        if (order.Status >= 200 || order.Status is 105 or 107)
        {
            return (200, Refusal(400, "Đơn hàng đã được bưu tá nhận, không thể hủy"));
        }

        order.Status = 107;
        return (200, JsonSerializer.Serialize(new { status = 200, error = false, message = "Hủy đơn hàng thành công", data = (object?)null }));
    }

    private async Task PrintAsync(HttpContext context)
    {
        if (!_printCodes.TryGetValue(context.Request.Query["bill"].ToString(), out var waybills))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!doctype html><title>In phiếu gửi Viettel Post</title><main data-size=\"{context.Request.Query["type"]}\">"
            + string.Join(string.Empty, waybills.Split(',').Select(w => $"<section class=\"label\"><h1 class=\"waybill\">{w}</h1></section>")) + "</main>");
    }

    private static string Data(object data) => JsonSerializer.Serialize(new { status = 200, error = false, message = "OK", data });

    private static string Refusal(int status, string message) =>
        JsonSerializer.Serialize(new { status, error = true, message, data = (object?)null });
}
