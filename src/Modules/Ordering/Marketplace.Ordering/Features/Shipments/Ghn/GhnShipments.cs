using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Shipments.Ghn;

/// <summary>
/// Giao Hàng Nhanh's order API (v2), as its documentation describes it: POST
/// /v2/shipping-order/create with our code as <c>client_order_code</c>, the pickup by name, the
/// delivery by GHN's own ids (looked up by <see cref="GhnAddresses"/>), <c>cod_amount</c> the cash to
/// collect, <c>insurance_value</c> the goods' value (GHN insures up to 5,000,000 ₫), the parcel's
/// grams and its box, <c>payment_type_id</c> 1 (the shop pays GHN) and <c>required_note</c>
/// CHOXEMHANGKHONGTHU (the shopper may look, not try), answered with GHN's <c>order_code</c>
/// and <c>total_fee</c>. A code GHN has already taken is refused; the booking is then looked up
/// by our code (POST /v2/shipping-order/detail-by-client-code) and is the first one found. GHN
/// prints labels on its own page, not as a PDF: POST /v2/a5/gen-token gives a token for
/// /a5/public-api/printA5. A booking is called off with POST /v2/switch-status/cancel, which
/// GHN refuses once the parcel is picked up.
/// </summary>
internal sealed partial class GhnShipments(HttpClient http, GhnAddresses addresses, IOptionsMonitor<GhnOptions> options, ILogger<GhnShipments> logger)
    : ICarrierShipments
{
    public const string HttpClientName = "ghn-shipments";

    public DeliveryCarrier Carrier => DeliveryCarrier.Ghn;

    public bool Configured => options.CurrentValue.Configured;

    public bool PrintsOnItsOwnPage => true;

    public async Task<Booking> BookAsync(ParcelToBook parcel, CancellationToken cancellationToken)
    {
        var ends = await parcel.EndsAsync<GhnWard>("GHN", addresses.FindAsync, cancellationToken);
        if (ends is not ({ } from, { } to, _))
        {
            return ends.Instead!;
        }

        var grams = parcel.Items.Sum(i => i.GramsEach * i.Quantity);
        var side = parcel.CubeSideCm;
        var body = new GhnOrderRequest(
            PaymentTypeId: 1,
            Note: parcel.CourierNote(500),
            RequiredNote: "CHOXEMHANGKHONGTHU",
            ClientOrderCode: parcel.PartnerCode,
            FromName: parcel.From.Name,
            FromPhone: parcel.From.Phone,
            FromAddress: parcel.From.Street,
            FromWardName: from.WardName,
            FromDistrictName: from.DistrictName,
            FromProvinceName: from.ProvinceName,
            ToName: parcel.Recipient,
            ToPhone: parcel.Phone,
            ToAddress: $"{parcel.Street}, {parcel.Commune}, {parcel.Province}",
            ToWardCode: to.WardCode,
            ToDistrictId: to.DistrictId,
            CodAmount: parcel.CashOnDeliveryVnd,
            Content: $"Đơn {parcel.OrderNumber}",
            Weight: (int)Math.Clamp(grams, 1, int.MaxValue),
            Length: side,
            Width: side,
            Height: side,
            InsuranceValue: Math.Min(parcel.ValueVnd, GhnOptions.MaxInsuranceVnd),
            ServiceTypeId: 2,
            Items: [.. parcel.Items.Select(i => new GhnItem(i.Name, i.Sku, i.Quantity, (int)Math.Clamp(i.GramsEach, 1, int.MaxValue)))]);
        try
        {
            using var request = options.CurrentValue.Request(HttpMethod.Post, "/v2/shipping-order/create");
            request.Content = JsonContent.Create(body, options: GhnJson.Options);
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await ReadAsync<GhnCreated>(response, cancellationToken);
            if (answer is { Code: 200, Data.OrderCode: { Length: > 0 } code })
            {
                return Booking.Booked(code, answer.Data.TotalFee);
            }

            if (answer is not null && (int)response.StatusCode < 500)
            {
                // Refused: perhaps because an earlier try whose answer was lost took our code. That booking is this parcel.
                var earlier = await DetailAsync("/v2/shipping-order/detail-by-client-code", new { client_order_code = parcel.PartnerCode }, cancellationToken);
                if (earlier is { OrderCode: { Length: > 0 } existing, Status: not "cancel" })
                {
                    return Booking.Booked(existing, 0);
                }

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

    /// <summary>GHN gives no PDF: its label is printed from its own page (<see cref="PrintPageAsync"/>).</summary>
    public Task<byte[]?> LabelAsync(string trackingCode, CancellationToken cancellationToken) => Task.FromResult<byte[]?>(null);

    public async Task<Uri?> PrintPageAsync(string trackingCode, CancellationToken cancellationToken)
    {
        try
        {
            using var request = options.CurrentValue.Request(HttpMethod.Post, "/v2/a5/gen-token");
            request.Content = JsonContent.Create(new { order_codes = new[] { trackingCode } });
            using var response = await http.SendAsync(request, cancellationToken);
            if (await ReadAsync<GhnPrintToken>(response, cancellationToken) is { Code: 200, Data.Token: { Length: > 0 } token })
            {
                return new Uri(new Uri(options.CurrentValue.Endpoint), $"/a5/public-api/printA5?token={Uri.EscapeDataString(token)}");
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
            using var request = options.CurrentValue.Request(HttpMethod.Post, "/v2/switch-status/cancel");
            request.Content = JsonContent.Create(new { order_codes = new[] { trackingCode } });
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await ReadAsync<List<GhnCancelled>>(response, cancellationToken);
            if (answer is { Code: 200, Data: { } results } && results.FirstOrDefault(r => r.OrderCode == trackingCode) is { } result)
            {
                if (result.Result)
                {
                    return (true, null);
                }

                // Refused: cancelled already is what was asked; anything else (picked up) leaves the booking as it is.
                var now = await DetailAsync("/v2/shipping-order/detail", new { order_code = trackingCode }, cancellationToken);
                return now is { Status: "cancel" } ? (true, null) : (false, result.Message ?? answer.Message);
            }

            if (answer is not null && (int)response.StatusCode < 500 && answer.Code != 200)
            {
                return (false, answer.Message);
            }

            LogNoAnswer(logger, trackingCode, (int)response.StatusCode, null);
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            LogNoAnswer(logger, trackingCode, 0, ex);
        }

        return (null, null);
    }

    private async Task<GhnOrderDetail?> DetailAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var request = options.CurrentValue.Request(HttpMethod.Post, path);
        request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync<GhnOrderDetail>(response, cancellationToken) is { Code: 200, Data: { } detail } ? detail : null;
    }

    /// <summary>GHN's envelope, or null when the body is not one (a proxy's error page).</summary>
    private static async Task<GhnAnswer<T>?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<GhnAnswer<T>>(GhnJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record GhnOrderRequest(
        int PaymentTypeId,
        string Note,
        string RequiredNote,
        string ClientOrderCode,
        string FromName,
        string FromPhone,
        string FromAddress,
        string FromWardName,
        string FromDistrictName,
        string FromProvinceName,
        string ToName,
        string ToPhone,
        string ToAddress,
        string ToWardCode,
        int ToDistrictId,
        long CodAmount,
        string Content,
        int Weight,
        int Length,
        int Width,
        int Height,
        long InsuranceValue,
        int ServiceTypeId,
        IReadOnlyList<GhnItem> Items);

    private sealed record GhnItem(string Name, string Code, int Quantity, int Weight);

    private sealed record GhnCreated(string? OrderCode, long TotalFee);

    private sealed record GhnOrderDetail(string? OrderCode, string? Status);

    private sealed record GhnCancelled(string? OrderCode, bool Result, string? Message);

    private sealed record GhnPrintToken(string? Token);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHN refused parcel {PartnerCode}: {Message}")]
    private static partial void LogRefused(ILogger logger, string partnerCode, string? message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHN gave no answer for {What} (HTTP {Status})")]
    private static partial void LogNoAnswer(ILogger logger, string what, int status, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHN gave no label for {TrackingCode} (HTTP {Status})")]
    private static partial void LogNoLabel(ILogger logger, string trackingCode, int status, Exception? exception);
}
