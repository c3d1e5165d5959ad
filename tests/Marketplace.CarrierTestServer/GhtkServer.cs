using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Marketplace.MessagingTestServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marketplace.CarrierTestServer;

/// <summary>A fee request as the server received it, its query string read back.</summary>
public sealed record GhtkFeeRequest(
    string? Token, string? ClientSource, string? PickProvince, string? PickWard, string? Province, string? Ward, int Weight, long Value, string? Transport);

/// <summary>A parcel GHTK took in: what the partner sent, and the label GHTK gave it.</summary>
public sealed record GhtkOrder(
    string Label,
    string PartnerId,
    string PickName,
    string PickProvince,
    string PickWard,
    string Name,
    string Tel,
    string Province,
    string Ward,
    long PickMoney,
    long Value,
    string IsFreeship,
    decimal Kilograms,
    IReadOnlyList<string> Products);

/// <summary>
/// A loopback stand-in for GHTK's fee API (GET /services/shipment/fee), built from GHTK's published
/// documentation: the shop's token in the <c>Token</c> header, the addresses by name, the weight in
/// grams and the declared value as query parameters, and the answer GHTK gives:
/// <c>{"success":true,"message":"","fee":{"name":"area1","fee":…,"insurance_fee":…,"delivery":true}}</c>,
/// or <c>{"success":false,"message":…}</c> for a bad token or a missing field. Its own price list
/// (<see cref="FeeFor"/>), unlike the alliance's table, so a test tells which priced a parcel;
/// provinces it does not serve; faults on demand. And its order API: POST
/// /services/shipment/order (the products' weights in kilograms, the partner's code as order.id,
/// answered with GHTK's label, its fee written as a string as GHTK writes it; the same code
/// again is <c>ORDER_ID_EXIST</c> with the label given the first time), GET /services/label/{label}
/// (an A6 PDF), POST /services/shipment/cancel/{label} (once; again is "already cancelled"),
/// and the webhook GHTK posts to the partner (form-urlencoded, the secret hash in the partner's
/// address), sent on the test's word by <see cref="CallbackAsync"/>.
/// </summary>
public sealed class GhtkServer : IAsyncDisposable
{
    public const string Token = "ghtk-test-token-2026";
    public const string ClientSource = "S2026HTX";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GhtkFeeRequest> _requests = new();
    private readonly ConcurrentQueue<int> _faults = new();
    private readonly ConcurrentDictionary<string, bool> _notServed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GhtkOrder> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _cancelled = new(StringComparer.Ordinal);
    private int _labels = 17_373_470;

    private GhtkServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseAddress { get; private set; } = string.Empty;

    public IReadOnlyList<GhtkFeeRequest> Requests => [.. _requests];

    /// <summary>The labels of the parcels the partner cancelled.</summary>
    public IReadOnlyCollection<string> Cancelled => [.. _cancelled.Keys];

    /// <summary>The parcels taken in, by the partner's code.</summary>
    public IReadOnlyDictionary<string, GhtkOrder> Orders => _orders;

    public static async Task<GhtkServer> StartAsync()
    {
        var server = new GhtkServer(Loopback.Create());
        server.BaseAddress = await Loopback.StartAsync(server._app, server.HandleAsync);
        return server;
    }

    /// <summary>
    /// This stand-in's price list, by road: 21,000 ₫ within a province and 33,000 ₫ beyond for the
    /// first 500 g, then 2,000 ₫ for each 500 g begun; insurance 0.5 % of a value over 1,000,000 ₫.
    /// </summary>
    public static (long Fee, long Insurance) FeeFor(bool sameProvince, int grams, long value)
    {
        var steps = Math.Max(0, grams - 500 + 499) / 500;
        return ((sameProvince ? 21_000 : 33_000) + (steps * 2_000), value > 1_000_000 ? value / 200 : 0);
    }

    /// <summary>GHTK answers "delivery": false for parcels to this province.</summary>
    public void DoesNotServe(string province) => _notServed[province] = true;

    /// <summary>The next <paramref name="count"/> calls answer <paramref name="status"/>.</summary>
    public void FailNext(int count, int status = 503)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(status);
        }
    }

    public void Recover()
    {
        _faults.Clear();
        _notServed.Clear();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>
    /// Posts a status of a parcel to the partner's callback address, as GHTK does: form-urlencoded
    /// <c>partner_id, label_id, status_id, action_time</c> (ISO 8601, Vietnam's offset),
    /// <c>reason_code, reason, weight</c> (kg), <c>fee, pick_money, return_part_package</c>.
    /// </summary>
    public static async Task<HttpResponseMessage> CallbackAsync(
        HttpClient partner, string callbackPath, string hash, GhtkOrder order, int status, DateTimeOffset at, string? reason = null, long? pickMoney = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partner_id"] = order.PartnerId,
            ["label_id"] = order.Label,
            ["status_id"] = status.ToString(CultureInfo.InvariantCulture),
            ["action_time"] = at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["reason_code"] = string.Empty,
            ["reason"] = reason ?? string.Empty,
            ["weight"] = order.Kilograms.ToString(CultureInfo.InvariantCulture),
            ["fee"] = FeeFor(order.PickProvince == order.Province, (int)(order.Kilograms * 1000), order.Value).Fee.ToString(CultureInfo.InvariantCulture),
            ["pick_money"] = (pickMoney ?? order.PickMoney).ToString(CultureInfo.InvariantCulture),
            ["return_part_package"] = "0",
        };
        using var content = new FormUrlEncodedContent(fields);
        return await partner.PostAsync(new Uri($"{callbackPath}?hash={Uri.EscapeDataString(hash)}", UriKind.Relative), content);
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (_faults.TryDequeue(out var status))
        {
            await Loopback.WriteAsync(context, status, Loopback.OutageBody);
            return;
        }

        if (context.Request.Headers["Token"] != Token && !(context.Request.Path.Value ?? string.Empty).EndsWith("/fee", StringComparison.Ordinal))
        {
            await Loopback.WriteAsync(context, 401, Answer(false, "Token không hợp lệ"));
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/services/shipment/order"))
        {
            await TakeOrderAsync(context);
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/services/shipment/cancel", out var cancel))
        {
            var label = Uri.UnescapeDataString(cancel.Value!.TrimStart('/'));
            var known = _orders.Values.FirstOrDefault(o => o.Label == label);
            var answer = known is null ? Answer(false, "Mã vận đơn không hợp lệ, không tìm thấy vận đơn")
                : _cancelled.TryAdd(label, true)
                    ? JsonSerializer.Serialize(new { success = true, message = string.Empty, log_id = Guid.NewGuid().ToString("N") })
                : Answer(false, "Đơn hàng đã ở trạng thái hủy");
            await Loopback.WriteAsync(context, 200, answer);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/services/label", out var rest))
        {
            await LabelAsync(context, Uri.UnescapeDataString(rest.Value!.TrimStart('/')));
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) || context.Request.Path != "/services/shipment/fee")
        {
            await Loopback.WriteAsync(context, 404, """{"success":false,"message":"Not found"}""");
            return;
        }

        var q = context.Request.Query;
        var weight = int.TryParse(q["weight"], NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : -1;
        var value = long.TryParse(q["value"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var request = new GhtkFeeRequest(
            context.Request.Headers["Token"], context.Request.Headers["X-Client-Source"], q["pick_province"], q["pick_ward"], q["province"], q["ward"],
            weight, value, q["transport"]);
        _requests.Enqueue(request);
        if (request.Token != Token)
        {
            await Loopback.WriteAsync(context, 401, Answer(false, "Token không hợp lệ"));
            return;
        }

        if (string.IsNullOrEmpty(request.PickProvince) || string.IsNullOrEmpty(request.Province) || weight <= 0)
        {
            await Loopback.WriteAsync(context, 200, Answer(false, "Thiếu thông tin tỉnh/thành hoặc khối lượng"));
            return;
        }

        var (fee, insurance) = FeeFor(request.PickProvince == request.Province, weight, value);
        var delivery = !_notServed.ContainsKey(request.Province);
        await Loopback.WriteAsync(context, 200, JsonSerializer.Serialize(new
        {
            success = true,
            message = string.Empty,
            fee = new { name = request.PickProvince == request.Province ? "area1" : "area3", fee, insurance_fee = insurance, include_vat = 0, delivery },
        }));
    }

    private async Task TakeOrderAsync(HttpContext context)
    {
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        }
        catch (JsonException)
        {
            await Loopback.WriteAsync(context, 400, Answer(false, "Dữ liệu không hợp lệ"));
            return;
        }

        if (!body.TryGetProperty("order", out var order) || !body.TryGetProperty("products", out var products)
            || products.ValueKind != JsonValueKind.Array || products.GetArrayLength() == 0)
        {
            await Loopback.WriteAsync(context, 200, Answer(false, "Thiếu thông tin đơn hàng hoặc sản phẩm"));
            return;
        }

        string Text(string name) => order.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;
        long Number(string name) => order.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : -1;
        var missing = new[] { "id", "pick_name", "pick_address", "pick_province", "pick_tel", "tel", "name", "address", "province", "hamlet" }
            .Where(f => string.IsNullOrWhiteSpace(Text(f)))
            .ToList();
        if (missing.Count > 0 || Number("pick_money") < 0 || Number("value") < 0)
        {
            await Loopback.WriteAsync(context, 200, Answer(false, "Thiếu trường: " + string.Join(", ", missing.DefaultIfEmpty("pick_money/value"))));
            return;
        }

        var id = Text("id");
        if (_orders.TryGetValue(id, out var existing))
        {
            await Loopback.WriteAsync(context, 200, JsonSerializer.Serialize(new
            {
                success = false,
                message = $"Mã đơn hàng {id} đã tồn tại trên hệ thống",
                error = new { code = "ORDER_ID_EXIST", partner_id = id, ghtk_label = existing.Label, status = 2 },
            }));
            return;
        }

        var kilograms = products.EnumerateArray().Sum(p => p.GetProperty("weight").GetDecimal() * p.GetProperty("quantity").GetInt32());
        var taken = new GhtkOrder(
            $"S1.A1.{Interlocked.Increment(ref _labels)}", id, Text("pick_name"), Text("pick_province"), Text("pick_ward"), Text("name"), Text("tel"),
            Text("province"), Text("ward"), Number("pick_money"), Number("value"), Text("is_freeship"), kilograms,
            [.. products.EnumerateArray().Select(p => p.GetProperty("name").GetString() ?? string.Empty)]);
        _orders[id] = taken;
        var (fee, insurance) = FeeFor(taken.PickProvince == taken.Province, (int)Math.Ceiling(kilograms * 1000), taken.Value);
        await Loopback.WriteAsync(context, 200, JsonSerializer.Serialize(new
        {
            success = true,
            message = "Các đơn hàng đã được add vào hệ thống GHTK thành công.",
            order = new
            {
                partner_id = id,
                label = taken.Label,
                area = taken.PickProvince == taken.Province ? "1" : "3",
                fee = fee.ToString(CultureInfo.InvariantCulture),
                insurance_fee = insurance.ToString(CultureInfo.InvariantCulture),
                estimated_pick_time = "Chiều nay",
                estimated_deliver_time = "3 ngày",
                products = Array.Empty<object>(),
                status_id = 2,
            },
        }));
    }

    private async Task LabelAsync(HttpContext context, string label)
    {
        var order = _orders.Values.FirstOrDefault(o => o.Label == label);
        if (order is null)
        {
            await Loopback.WriteAsync(context, 200, Answer(false, "Không tìm thấy đơn hàng " + label));
            return;
        }

        // An A6 page, the label named in the document's own fields (the test reads them back).
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.Info.Title = order.Label;
        document.Info.Subject = $"{order.PartnerId} · {order.Name} · {order.Province} · COD {order.PickMoney}";
        var page = document.AddPage();
        page.Width = PdfSharp.Drawing.XUnit.FromMillimeter(105);
        page.Height = PdfSharp.Drawing.XUnit.FromMillimeter(148);
        using var written = new MemoryStream();
        document.Save(written, closeStream: false);
        context.Response.ContentType = "application/pdf";
        await context.Response.Body.WriteAsync(written.ToArray());
    }

    private static string Answer(bool success, string message) => JsonSerializer.Serialize(new { success, message });
}
