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

/// <summary>
/// A loopback stand-in for GHTK's fee API (GET /services/shipment/fee), built from GHTK's published
/// documentation: the shop's token in the <c>Token</c> header, the addresses by name, the weight in
/// grams and the declared value as query parameters, and the answer GHTK gives:
/// <c>{"success":true,"message":"","fee":{"name":"area1","fee":…,"insurance_fee":…,"delivery":true}}</c>,
/// or <c>{"success":false,"message":…}</c> for a bad token or a missing field. Its own price list
/// (<see cref="FeeFor"/>), unlike the alliance's table, so a test tells which priced a parcel;
/// provinces it does not serve; faults on demand.
/// </summary>
public sealed class GhtkServer : IAsyncDisposable
{
    public const string Token = "ghtk-test-token-2026";
    public const string ClientSource = "S2026HTX";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GhtkFeeRequest> _requests = new();
    private readonly ConcurrentQueue<int> _faults = new();
    private readonly ConcurrentDictionary<string, bool> _notServed = new(StringComparer.Ordinal);

    private GhtkServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseAddress { get; private set; } = string.Empty;

    public IReadOnlyList<GhtkFeeRequest> Requests => [.. _requests];

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

    private async Task HandleAsync(HttpContext context)
    {
        if (_faults.TryDequeue(out var status))
        {
            await Loopback.WriteAsync(context, status, Loopback.OutageBody);
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

    private static string Answer(bool success, string message) => JsonSerializer.Serialize(new { success, message });
}
