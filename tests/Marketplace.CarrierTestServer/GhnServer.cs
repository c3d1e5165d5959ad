using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.MessagingTestServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marketplace.CarrierTestServer;

/// <summary>A fee request as GHN received it: GHN's ids for both ends, the grams and the value to insure.</summary>
public sealed record GhnFeeRequest(int FromDistrictId, string FromWardCode, int ToDistrictId, string ToWardCode, int Weight, long InsuranceValue);

/// <summary>A parcel GHN took in: what the shop sent, read back, and the order code GHN gave it.</summary>
public sealed record GhnOrder(
    string OrderCode,
    string ClientOrderCode,
    string FromName,
    string FromWardName,
    string FromDistrictName,
    string FromProvinceName,
    string ToName,
    string ToPhone,
    int ToDistrictId,
    string ToWardCode,
    long CodAmount,
    long InsuranceValue,
    int Weight,
    int Length,
    int PaymentTypeId,
    string RequiredNote,
    IReadOnlyList<string> Items)
{
    public string Status { get; set; } = "ready_to_pick";
}

/// <summary>
/// A loopback stand-in for Giao Hàng Nhanh's public API (/shiip/public-api), built from GHN's
/// published documentation: the <c>Token</c> and <c>ShopId</c> headers on every call, every answer
/// in GHN's envelope <c>{"code":200,"message":"Success","data":…}</c> (400 and a message for a
/// refusal). Its master data (GET /master-data/province, POST /master-data/district and
/// /master-data/ward) lists a few provinces with GHN's ids and spellings; POST
/// /v2/shipping-order/create takes an order once per client_order_code (again is refused, as GHN
/// does), POST /v2/shipping-order/detail-by-client-code and /detail find it, POST
/// /v2/switch-status/cancel cancels it before pickup, POST /v2/a5/gen-token gives a token for
/// GET /a5/public-api/printA5 (an HTML page, as GHN's is). And the webhook GHN posts to the shop
/// (JSON), sent on the test's word by <see cref="CallbackAsync"/>. Faults on demand.
/// </summary>
public sealed class GhnServer : IAsyncDisposable
{
    public const string Token = "ghn-test-token-2026";
    public const int ShopId = 4_871_235;

    /// <summary>GHN's master data: province → district → wards (code, name, the other spellings GHN lists).</summary>
    private static readonly (int Id, string Name, string[] Also, (int Id, string Name, (string Code, string Name, string[] Also)[] Wards)[] Districts)[] Book =
    [
        (201, "Hà Nội", ["Thành phố Hà Nội", "TP. Hà Nội", "Ha Noi"],
        [
            (1484, "Quận Ba Đình", [("1A0101", "Phường Ba Đình", ["P. Ba Đình", "Ba Đình"]), ("1A0102", "Phường Ngọc Hà", ["Ngọc Hà"])]),
            (1485, "Quận Hoàn Kiếm", [("1A0201", "Phường Hoàn Kiếm", ["Hoàn Kiếm"])]),
        ]),
        (203, "Đà Nẵng", ["Thành phố Đà Nẵng", "TP. Đà Nẵng", "Da Nang"],
        [
            (1526, "Quận Hải Châu", [("40101", "Phường Hải Châu", ["P. Hải Châu", "Hải Châu"]), ("40102", "Phường Thạch Thang", ["Thạch Thang"])]),
        ]),
        (268, "Thái Nguyên", ["Tỉnh Thái Nguyên", "T. Thái Nguyên"],
        [
            (3270, "Huyện Chợ Mới", [("5B2205", "Xã Như Cố", ["X. Như Cố", "Như Cố"])]),
            (1782, "Thành phố Thái Nguyên", [("5A0101", "Phường Phan Đình Phùng", ["Phan Đình Phùng"])]),
        ]),
    ];

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _faults = new();
    private readonly ConcurrentDictionary<string, GhnOrder> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _printTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly ConcurrentQueue<GhnFeeRequest> _fees = new();
    private int _codes = 83_410;

    private GhnServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>The parcels taken in, by the shop's code.</summary>
    public IReadOnlyDictionary<string, GhnOrder> Orders => _orders;

    /// <summary>The fee requests, in order.</summary>
    public IReadOnlyList<GhnFeeRequest> FeeRequests => [.. _fees];

    /// <summary>The paths asked, in order (the master data's among them).</summary>
    public IReadOnlyList<string> Paths => [.. _paths];

    public static async Task<GhnServer> StartAsync()
    {
        var server = new GhnServer(Loopback.Create());
        server.BaseAddress = await Loopback.StartAsync(server._app, server.HandleAsync);
        return server;
    }

    /// <summary>The next <paramref name="count"/> calls answer <paramref name="status"/>.</summary>
    public void FailNext(int count, int status = 503)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(status);
        }
    }

    public void Recover() => _faults.Clear();

    /// <summary>The order as picked up: GHN no longer cancels it.</summary>
    public void PickedUp(string orderCode) => _orders.Values.Single(o => o.OrderCode == orderCode).Status = "picked";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>
    /// Posts a status of an order to the shop's webhook, as GHN does: JSON with <c>OrderCode,
    /// ClientOrderCode, Status, Type</c> ("switch_status"), <c>Time</c> (ISO 8601, UTC),
    /// <c>Reason, ReasonCode, ShopID, CODAmount, Weight</c> and <c>Fee</c> (GHN's charges, its
    /// <c>Return</c> fee among them).
    /// </summary>
    public static async Task<HttpResponseMessage> CallbackAsync(
        HttpClient shop, string callbackPath, string hash, GhnOrder order, string status, DateTimeOffset at,
        string? reason = null, long? codAmount = null, long returnFee = 0, long shopId = ShopId, string type = "switch_status")
    {
        var body = new
        {
            CODAmount = codAmount ?? order.CodAmount,
            CODTransferDate = (string?)null,
            ClientOrderCode = order.ClientOrderCode,
            ConvertedWeight = order.Weight,
            Description = status,
            Fee = new { MainService = 33_000, Insurance = 0, Return = returnFee, R2S = 0, Coupon = 0 },
            Height = order.Length,
            IsPartialReturn = false,
            Length = order.Length,
            OrderCode = order.OrderCode,
            PaymentType = order.PaymentTypeId,
            Reason = reason ?? string.Empty,
            ReasonCode = string.Empty,
            ShopID = shopId,
            Status = status,
            Time = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            TotalFee = 33_000,
            Type = type,
            Warehouse = "Bưu cục Ba Đình",
            Weight = order.Weight,
            Width = order.Length,
        };
        // GHN writes its webhook's fields as they are named here (PascalCase), not camel-cased.
        return await shop.PostAsJsonAsync(new Uri($"{callbackPath}?hash={Uri.EscapeDataString(hash)}", UriKind.Relative), body, JsonSerializerOptions.Default);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        _paths.Enqueue(path);
        if (_faults.TryDequeue(out var fault))
        {
            await Loopback.WriteAsync(context, fault, Loopback.OutageBody);
            return;
        }

        if (path.StartsWith("/a5/public-api/printA5", StringComparison.Ordinal))
        {
            await PrintAsync(context);
            return;
        }

        if (context.Request.Headers["Token"] != Token)
        {
            await Loopback.WriteAsync(context, 401, Answer(401, "Token is not valid"));
            return;
        }

        if (context.Request.Headers["ShopId"] != ShopId.ToString(CultureInfo.InvariantCulture) && path.Contains("/v2/", StringComparison.Ordinal))
        {
            await Loopback.WriteAsync(context, 400, Answer(400, "ShopId is not valid"));
            return;
        }

        var body = HttpMethods.IsPost(context.Request.Method) ? await Loopback.ReadJsonAsync(context.Request) : null;
        var (status, answer) = path switch
        {
            "/shiip/public-api/master-data/province" => (200, Data(Book.Select(p => new { ProvinceID = p.Id, ProvinceName = p.Name, NameExtension = p.Also }))),
            "/shiip/public-api/master-data/district" => Districts(body),
            "/shiip/public-api/master-data/ward" => Wards(body),
            "/shiip/public-api/v2/shipping-order/create" => Create(body),
            "/shiip/public-api/v2/shipping-order/fee" => Fee(body),
            "/shiip/public-api/v2/shipping-order/detail-by-client-code" =>
                Detail(_orders.GetValueOrDefault(Loopback.Text(body?["client_order_code"]) ?? string.Empty)),
            "/shiip/public-api/v2/shipping-order/detail" =>
                Detail(_orders.Values.FirstOrDefault(o => o.OrderCode == Loopback.Text(body?["order_code"]))),
            "/shiip/public-api/v2/switch-status/cancel" => Cancel(body),
            "/shiip/public-api/v2/a5/gen-token" => GenToken(body),
            _ => (404, Answer(404, "Not found")),
        };
        await Loopback.WriteAsync(context, status, answer);
    }

    private static (int, string) Districts(JsonObject? body)
    {
        var province = Book.FirstOrDefault(p => Loopback.Text(body?["province_id"]) == p.Id.ToString(CultureInfo.InvariantCulture));
        return province.Name is null
            ? (400, Answer(400, "province_id is not valid"))
            : (200, Data(province.Districts.Select(d => new { DistrictID = d.Id, ProvinceID = province.Id, DistrictName = d.Name })));
    }

    private static (int, string) Wards(JsonObject? body)
    {
        var district = Book.SelectMany(p => p.Districts)
            .FirstOrDefault(d => Loopback.Text(body?["district_id"]) == d.Id.ToString(CultureInfo.InvariantCulture));
        return district.Name is null
            ? (400, Answer(400, "district_id is not valid"))
            : (200, Data(district.Wards.Select(w => new { WardCode = w.Code, DistrictID = district.Id, WardName = w.Name, NameExtension = w.Also })));
    }

    private (int, string) Create(JsonObject? body)
    {
        string Text(string name) => Loopback.Text(body?[name]) ?? string.Empty;
        long Number(string name) => long.TryParse(Text(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : -1;
        if (body is null || body["items"] is not JsonArray items || items.Count == 0)
        {
            return (400, Answer(400, "Dữ liệu không hợp lệ: items"));
        }

        var missing = new[] { "client_order_code", "from_name", "from_phone", "from_address", "from_ward_name", "from_district_name", "from_province_name",
                "to_name", "to_phone", "to_address", "to_ward_code", "required_note" }
            .Where(f => string.IsNullOrWhiteSpace(Text(f)))
            .ToList();
        var toDistrict = Book.SelectMany(p => p.Districts).FirstOrDefault(d => d.Id == Number("to_district_id"));
        if (missing.Count > 0 || toDistrict.Name is null || toDistrict.Wards.All(w => w.Code != Text("to_ward_code")))
        {
            return (400, Answer(400, "Thông tin không hợp lệ: " + string.Join(", ", missing.DefaultIfEmpty("to_district_id/to_ward_code"))));
        }

        if (Number("weight") is <= 0 or > 50_000 || Number("length") is <= 0 or > 200 || Number("cod_amount") is < 0 or > 50_000_000
            || Number("insurance_value") is < 0 or > 5_000_000 || Number("service_type_id") != 2)
        {
            return (400, Answer(400, "Khối lượng, kích thước, tiền thu hộ hoặc giá trị hàng không hợp lệ"));
        }

        var code = Text("client_order_code");
        if (_orders.ContainsKey(code))
        {
            return (400, Answer(400, $"Mã đơn hàng của khách hàng {code} đã tồn tại"));
        }

        var order = new GhnOrder(
            $"GHN{Interlocked.Increment(ref _codes)}", code, Text("from_name"), Text("from_ward_name"), Text("from_district_name"), Text("from_province_name"),
            Text("to_name"), Text("to_phone"), (int)Number("to_district_id"), Text("to_ward_code"), Number("cod_amount"), Number("insurance_value"),
            (int)Number("weight"), (int)Number("length"), (int)Number("payment_type_id"), Text("required_note"),
            [.. items.Select(i => Loopback.Text(i?["name"]) ?? string.Empty)]);
        _orders[code] = order;
        return (200, Data(new
        {
            order_code = order.OrderCode,
            sort_code = "190-G-01-A9",
            trans_type = "truck",
            total_fee = "33000", // GHN writes this fee as a string
            expected_delivery_time = DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        }));
    }

    /// <summary>
    /// This stand-in's price list, light goods by road: 16,500 ₫ within a province for the first
    /// 3 kg, 29,000 ₫ beyond it for the first 500 g, then 2,500 ₫ or 5,000 ₫ for each 500 g begun;
    /// insurance 0.5 % of a value over 1,000,000 ₫.
    /// </summary>
    public static long FeeFor(bool sameProvince, int grams, long value)
    {
        var (first, firstFee, stepFee) = sameProvince ? (3_000, 16_500, 2_500) : (500, 29_000, 5_000);
        var steps = (Math.Max(0, grams - first) + 499) / 500;
        return firstFee + (steps * stepFee) + (value > 1_000_000 ? value / 200 : 0);
    }

    private (int, string) Fee(JsonObject? body)
    {
        string Text(string name) => Loopback.Text(body?[name]) ?? string.Empty;
        int Number(string name) => int.TryParse(Text(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : -1;
        long Value(string name) => long.TryParse(Text(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var request = new GhnFeeRequest(
            Number("from_district_id"), Text("from_ward_code"), Number("to_district_id"), Text("to_ward_code"), Number("weight"), Value("insurance_value"));
        _fees.Enqueue(request);
        var from = Book.FirstOrDefault(p => p.Districts.Any(d => d.Id == request.FromDistrictId && d.Wards.Any(w => w.Code == request.FromWardCode)));
        var to = Book.FirstOrDefault(p => p.Districts.Any(d => d.Id == request.ToDistrictId && d.Wards.Any(w => w.Code == request.ToWardCode)));
        if (from.Name is null || to.Name is null || request.Weight is <= 0 or > 50_000 || Number("service_type_id") != 2)
        {
            return (400, Answer(400, "Tuyến đường hoặc thông tin gói hàng không hợp lệ"));
        }

        var total = FeeFor(from.Id == to.Id, request.Weight, request.InsuranceValue);
        return (200, Data(new { total, service_fee = total, insurance_fee = request.InsuranceValue > 1_000_000 ? request.InsuranceValue / 200 : 0 }));
    }

    private static (int, string) Detail(GhnOrder? order) => order is null
        ? (400, Answer(400, "Không tìm thấy đơn hàng"))
        : (200, Data(new { order_code = order.OrderCode, client_order_code = order.ClientOrderCode, status = order.Status }));

    private (int, string) Cancel(JsonObject? body)
    {
        var codes = (body?["order_codes"] as JsonArray ?? []).Select(c => Loopback.Text(c) ?? string.Empty).ToList();
        var results = codes.Select(code =>
        {
            var order = _orders.Values.FirstOrDefault(o => o.OrderCode == code);
            var cancellable = order is { Status: "ready_to_pick" or "picking" };
            if (cancellable)
            {
                order!.Status = "cancel";
            }

            return new { order_code = code, result = cancellable, message = cancellable ? "OK" : "Đơn hàng không ở trạng thái cho phép hủy" };
        });
        return (200, Data(results.ToList()));
    }

    private (int, string) GenToken(JsonObject? body)
    {
        var codes = (body?["order_codes"] as JsonArray ?? []).Select(c => Loopback.Text(c) ?? string.Empty).ToList();
        if (codes.Count == 0 || codes.Any(c => _orders.Values.All(o => o.OrderCode != c)))
        {
            return (400, Answer(400, "Mã đơn hàng không hợp lệ"));
        }

        var token = Guid.NewGuid().ToString();
        _printTokens[token] = string.Join(',', codes);
        return (200, Data(new { token }));
    }

    private async Task PrintAsync(HttpContext context)
    {
        if (!_printTokens.TryGetValue(context.Request.Query["token"].ToString(), out var codes))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!doctype html><title>In đơn GHN</title><main>{string.Join(string.Empty, codes.Split(',').Select(c =>
            $"<section class=\"label\"><h1 class=\"order-code\">{c}</h1><p class=\"sort-code\">190-G-01-A9</p></section>"))}</main>");
    }

    private static string Data(object data) => JsonSerializer.Serialize(new { code = 200, message = "Success", data });

    private static string Answer(int code, string message) =>
        JsonSerializer.Serialize(new { code, message, data = (object?)null, code_message = "USER_ERR_COMMON" });
}
