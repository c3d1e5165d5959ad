using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Shipments.Ghtk;

/// <summary>
/// "Carriers:Ghtk:Booking": the limits of booking, labels and cancelling, more patient than a
/// checkout quote's (a person at the packing table waits, not a shopper at checkout; a retry is
/// safe, GHTK takes our code once).
/// </summary>
internal sealed class GhtkBookingTimeouts : IGatewayTimeouts
{
    public const string Section = "Carriers:Ghtk:Booking";

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(25);

    public int MaxRetries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>
/// GHTK's order API, as its partner documentation describes it: POST /services/shipment/order
/// (?ver=1.5) with the products (weight in kilograms) and the order (our code as "id", pickup and
/// delivery by name: province and ward, as GHTK takes them since the 2025 merger removed
/// districts; "pick_money" the cash to collect, "value" the declared value, "is_freeship" 1: the
/// shop pays GHTK), answered <c>{"success":true,"order":{"label":"S1.A1.…","fee":…,"insurance_fee":…}}</c>;
/// our code again is <c>{"success":false,"error":{"code":"ORDER_ID_EXIST","ghtk_label":…}}</c>,
/// which is the first booking found. The label is GET /services/label/{label}, a PDF; a booking
/// is called off with POST /services/shipment/cancel/{label}, which GHTK refuses once picked up.
/// </summary>
internal sealed partial class GhtkShipments(HttpClient http, IOptionsMonitor<GhtkOptions> options, ILogger<GhtkShipments> logger) : ICarrierShipments
{
    public const string HttpClientName = "ghtk-shipments";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // GHTK writes its fees as numbers in one answer and as strings ("30400") in another.
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public DeliveryCarrier Carrier => DeliveryCarrier.Ghtk;

    public bool Configured => options.CurrentValue.Configured;

    public async Task<Booking> BookAsync(ParcelToBook parcel, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var body = new GhtkOrderRequest(
            [.. parcel.Items.Select(i => new GhtkProduct(i.Name, Math.Round(i.GramsEach / 1000m, 3), i.Quantity, i.Sku))],
            new GhtkOrder(
                parcel.PartnerCode,
                parcel.From.Name,
                parcel.From.Street,
                parcel.From.Province,
                parcel.From.Commune,
                parcel.From.Phone,
                parcel.Phone,
                parcel.Recipient,
                parcel.Street,
                parcel.Province,
                parcel.Commune,
                "Khác",
                "1",
                parcel.CashOnDeliveryVnd,
                parcel.ValueVnd,
                "road",
                parcel.CourierNote(120)));
        try
        {
            using var request = settings.Request(HttpMethod.Post, "/services/shipment/order/?ver=1.5");
            request.Content = JsonContent.Create(body, options: Json);
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadFromJsonAsync<GhtkOrderAnswer>(Json, cancellationToken);
            if (answer is { Success: true, Order.Label: { Length: > 0 } label })
            {
                return Booking.Booked(label, answer.Order.Fee + answer.Order.InsuranceFee);
            }

            if (answer is { Error: { Code: "ORDER_ID_EXIST", GhtkLabel: { Length: > 0 } existing } })
            {
                // Booked by an earlier try whose answer was lost: that parcel is this one. Its fee is GHTK's to tell again.
                return Booking.Booked(existing, 0);
            }

            if (answer is { Success: false } && (int)response.StatusCode < 500)
            {
                LogRefused(logger, parcel.PartnerCode, answer.Message);
                return Booking.Refused(string.IsNullOrWhiteSpace(answer.Message) ? $"HTTP {(int)response.StatusCode}" : answer.Message);
            }

            LogNoAnswer(logger, parcel.PartnerCode, (int)response.StatusCode, null);
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            LogNoAnswer(logger, parcel.PartnerCode, 0, ex);
        }

        return Booking.Unavailable;
    }

    public async Task<byte[]?> LabelAsync(string trackingCode, CancellationToken cancellationToken)
    {
        try
        {
            using var request = options.CurrentValue.Request(
                HttpMethod.Get, $"/services/label/{Uri.EscapeDataString(trackingCode)}?original=portrait&paper_size=A6");
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/pdf")
            {
                return await response.Content.ReadAsByteArrayAsync(cancellationToken);
            }

            LogNoLabel(logger, trackingCode, (int)response.StatusCode, null);
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            LogNoLabel(logger, trackingCode, 0, ex);
        }

        return null;
    }

    public async Task<(bool? Cancelled, string? Refusal)> CancelAsync(string trackingCode, CancellationToken cancellationToken)
    {
        try
        {
            using var request = options.CurrentValue.Request(HttpMethod.Post, $"/services/shipment/cancel/{Uri.EscapeDataString(trackingCode)}");
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadFromJsonAsync<GhtkOrderAnswer>(Json, cancellationToken);
            if (answer is { Success: true })
            {
                return (true, null);
            }

            if (answer is { Success: false } && (int)response.StatusCode < 500)
            {
                // "Đơn hàng đã ở trạng thái hủy": cancelled already, which is what was asked. Any other
                // refusal ("Đơn đã lấy hàng, không thể hủy đơn") leaves the booking as it is.
                var already = answer.Message?.Contains("trạng thái hủy", StringComparison.OrdinalIgnoreCase) == true;
                return already
                    ? (true, null)
                    : (false, answer.Message ?? $"HTTP {(int)response.StatusCode}");
            }

            LogNoAnswer(logger, trackingCode, (int)response.StatusCode, null);
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            LogNoAnswer(logger, trackingCode, 0, ex);
        }

        return (null, null);
    }

    private sealed record GhtkOrderRequest(IReadOnlyList<GhtkProduct> Products, GhtkOrder Order);

    private sealed record GhtkProduct(
        string Name,
        decimal Weight,
        int Quantity,
        [property: JsonPropertyName("product_code")] string ProductCode);

    private sealed record GhtkOrder(
        string Id,
        [property: JsonPropertyName("pick_name")] string PickName,
        [property: JsonPropertyName("pick_address")] string PickAddress,
        [property: JsonPropertyName("pick_province")] string PickProvince,
        [property: JsonPropertyName("pick_ward")] string PickWard,
        [property: JsonPropertyName("pick_tel")] string PickTel,
        string Tel,
        string Name,
        string Address,
        string Province,
        string Ward,
        string Hamlet,
        [property: JsonPropertyName("is_freeship")] string IsFreeship,
        [property: JsonPropertyName("pick_money")] long PickMoney,
        long Value,
        string Transport,
        string Note);

    private sealed record GhtkOrderAnswer(bool Success, string? Message, GhtkBooked? Order, GhtkError? Error);

    private sealed record GhtkBooked(
        string? Label,
        [property: JsonPropertyName("partner_id")] string? PartnerId,
        long Fee,
        [property: JsonPropertyName("insurance_fee")] long InsuranceFee);

    private sealed record GhtkError(string? Code, [property: JsonPropertyName("ghtk_label")] string? GhtkLabel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHTK refused parcel {PartnerCode}: {Message}")]
    private static partial void LogRefused(ILogger logger, string partnerCode, string? message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHTK gave no answer for parcel {PartnerCode} (HTTP {Status})")]
    private static partial void LogNoAnswer(ILogger logger, string partnerCode, int status, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHTK gave no label for {TrackingCode} (HTTP {Status})")]
    private static partial void LogNoLabel(ILogger logger, string trackingCode, int status, Exception? exception);
}
