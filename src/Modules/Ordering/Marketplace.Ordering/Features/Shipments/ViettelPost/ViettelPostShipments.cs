using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Shipments.ViettelPost;

/// <summary>
/// Viettel Post's order API (v2), as its partner documentation describes it. A parcel is booked
/// with POST /v2/order/createOrder: our code as <c>ORDER_NUMBER</c> (checked unique:
/// <c>CHECK_UNIQUE</c>), both ends by Viettel Post's ids for the province and commune
/// (<see cref="ViettelPostAddresses"/>), the service the alliance books by (its contract's, or
/// the cheapest on the route), the grams and the box, the goods' value, and the cash to collect
/// as goods money (<c>ORDER_PAYMENT</c> 3: the cooperative pays Viettel Post, the shopper paid
/// delivery at checkout; 1 when nothing is collected). Its answer's <c>ORDER_NUMBER</c> is
/// Viettel Post's waybill, our tracking code. Every text is cut to the 150 bytes Viettel Post takes.
/// Labels print on Viettel Post's own page: POST /v2/order/printing-code gives a code for
/// /DigitalizePrint/report.do. A booking is called off with POST /v2/order/UpdateOrder
/// <c>TYPE</c> 4, which Viettel Post refuses once the parcel is picked up.
/// </summary>
internal sealed partial class ViettelPostShipments(
    HttpClient http, IHttpClientFactory clients, ViettelPostSession session, ViettelPostAddresses addresses, IOptionsMonitor<ViettelPostOptions> options,
    TimeProvider clock, ILogger<ViettelPostShipments> logger) : ICarrierShipments
{
    public const string HttpClientName = "viettelpost-shipments";

    /// <summary>
    /// createOrder's own client, never retried: Viettel Post lists no order by our code, so a retry
    /// after an answer that was lost could only be refused as a duplicate, and the parcel it took
    /// would be known only by its first status push (<see cref="CarrierStatusHandler"/> then files it).
    /// </summary>
    public const string CreateClientName = "viettelpost-create";

    /// <summary>A5 paper is Viettel Post's <c>type=1</c>, A6 (the label printers') 2.</summary>
    private const string LabelSize = "2";

    public DeliveryCarrier Carrier => DeliveryCarrier.ViettelPost;

    public bool Configured => options.CurrentValue.Configured;

    public bool PrintsOnItsOwnPage => true;

    public async Task<Booking> BookAsync(ParcelToBook parcel, CancellationToken cancellationToken)
    {
        // The address book, the sign-in, the prices and the order together take no longer than one booking may.
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(options.CurrentValue.TotalTimeout);
        try
        {
            return await BookWithinAsync(parcel, patience.Token);
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken)
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogNoAnswer(logger, parcel.PartnerCode, 0, ex);
            return Booking.Unavailable;
        }
    }

    private async Task<Booking> BookWithinAsync(ParcelToBook parcel, CancellationToken cancellationToken)
    {
        var ends = await parcel.EndsAsync<ViettelPostPlace>("Viettel Post", addresses.FindAsync, cancellationToken);
        if (ends is not ({ } from, { } to, _))
        {
            return ends.Instead!;
        }

        var grams = Math.Max(1, parcel.Items.Sum(i => i.GramsEach * i.Quantity));
        var side = parcel.CubeSideCm;
        var (services, refusal) = await ViettelPostServices.ForRouteAsync(
            session, http, new ViettelPostRoute(from, to, grams, parcel.ValueVnd, parcel.CashOnDeliveryVnd, side), cancellationToken);
        if (services is null)
        {
            return refusal is null ? Booking.Unavailable : Booking.Refused(refusal);
        }

        if (ViettelPostServices.Choose(services, options.CurrentValue.Service) is not { } service)
        {
            return Booking.Refused(Bilingual.Pick(
                $"Viettel Post không nhận gửi đến {parcel.Commune}, {parcel.Province} bằng dịch vụ của liên minh",
                $"Viettel Post does not take parcels to {parcel.Commune}, {parcel.Province} by the alliance's service"));
        }

        var body = new OrderRequest(
            OrderNumber: parcel.PartnerCode,
            GroupaddressId: 0,
            SenderFullname: Fit(parcel.From.Name),
            SenderAddress: Fit(parcel.From.Street), // the commune and province go by Viettel Post's ids
            SenderPhone: PhoneNumber.Normalize(parcel.From.Phone) ?? parcel.From.Phone,
            SenderWard: from.WardId,
            SenderDistrict: from.DistrictId,
            SenderProvince: from.ProvinceId,
            ReceiverFullname: Fit(parcel.Recipient),
            ReceiverAddress: Fit($"{parcel.Street}, {parcel.Commune}, {parcel.Province}"),
            ReceiverPhone: PhoneNumber.Normalize(parcel.Phone) ?? parcel.Phone,
            ReceiverWard: to.WardId,
            ReceiverDistrict: to.DistrictId,
            ReceiverProvince: to.ProvinceId,
            ProductName: Fit($"Đơn {parcel.OrderNumber}: {string.Join(", ", parcel.Items.Select(i => $"{i.Quantity} × {i.Name}"))}"),
            ProductQuantity: parcel.Items.Sum(i => i.Quantity),
            ProductPrice: parcel.ValueVnd,
            ProductWeight: grams,
            ProductLength: side,
            ProductWidth: side,
            ProductHeight: side,
            ProductType: "HH",
            OrderPayment: parcel.CashOnDeliveryVnd > 0 ? 3 : 1,
            OrderService: service.Code,
            OrderServiceAdd: string.Empty,
            OrderNote: Fit(parcel.CourierNote(ViettelPostOptions.MaxTextBytes)),
            MoneyCollection: parcel.CashOnDeliveryVnd,
            CheckUnique: true,
            ListItem: [.. parcel.Items.Select(i => new OrderItem(Fit(i.Name), i.PriceEachVnd * i.Quantity, Math.Max(1, i.GramsEach), i.Quantity))]);
        var reply = await session.SendAsync(clients.CreateClient(CreateClientName), HttpMethod.Post, "/v2/order/createOrder", body, cancellationToken);
        var answer = reply?.Envelope<Created>();
        if (answer is { Error: false, Data.OrderNumber: { Length: > 0 } code })
        {
            return Booking.Booked(code.Trim(), answer.Data.MoneyTotal);
        }

        if (reply is { Answered: true } && answer is { Error: true })
        {
            // Refused; Viettel Post refuses our code a second time too, and lists no order by it: a parcel it took on a try
            // whose answer was lost is filed when its first status comes (CarrierStatusHandler).
            LogRefused(logger, parcel.PartnerCode, answer.Message);
            return Booking.Refused(string.IsNullOrWhiteSpace(answer.Message) ? $"HTTP {reply.HttpStatus}" : answer.Message);
        }

        LogNoAnswer(logger, parcel.PartnerCode, reply?.HttpStatus ?? 0, null);
        return Booking.Unavailable;
    }

    /// <summary>Viettel Post gives no PDF: its label is printed from its own page (<see cref="PrintPageAsync"/>).</summary>
    public Task<byte[]?> LabelAsync(string trackingCode, CancellationToken cancellationToken) => Task.FromResult<byte[]?>(null);

    public async Task<Uri?> PrintPageAsync(string trackingCode, CancellationToken cancellationToken)
    {
        try
        {
            // The print code is good for an hour: long enough to print, not a lasting link to the shopper's address.
            var until = clock.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds();
            var reply = await session.SendAsync(http, HttpMethod.Post, "/v2/order/printing-code", new PrintRequest(until, [trackingCode]), cancellationToken);
            if (reply?.Envelope<object>() is { Error: false, Message: { Length: > 0 } code })
            {
                return new Uri(
                    new Uri(options.CurrentValue.PrintEndpoint),
                    $"/DigitalizePrint/report.do?type={LabelSize}&bill={Uri.EscapeDataString(code)}&showPostage=0");
            }

            LogNoLabel(logger, trackingCode, reply?.HttpStatus ?? 0, null);
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
            var reply = await session.SendAsync(
                http, HttpMethod.Post, "/v2/order/UpdateOrder", new UpdateRequest(4, trackingCode, "Hợp tác xã hủy gửi hàng"), cancellationToken);
            if (reply is { Answered: true } && reply.Envelope<object>() is { } answer)
            {
                return answer.Error ? (false, answer.Message) : (true, null);
            }

            LogNoAnswer(logger, trackingCode, reply?.HttpStatus ?? 0, null);
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            LogNoAnswer(logger, trackingCode, 0, ex);
        }

        return (null, null);
    }

    private static string Fit(string text) => ViettelPostOptions.Fit(text);

    private sealed record OrderRequest(
        string OrderNumber,
        int GroupaddressId,
        string SenderFullname,
        string SenderAddress,
        string SenderPhone,
        int SenderWard,
        int SenderDistrict,
        int SenderProvince,
        string ReceiverFullname,
        string ReceiverAddress,
        string ReceiverPhone,
        int ReceiverWard,
        int ReceiverDistrict,
        int ReceiverProvince,
        string ProductName,
        int ProductQuantity,
        long ProductPrice,
        long ProductWeight,
        int ProductLength,
        int ProductWidth,
        int ProductHeight,
        string ProductType,
        int OrderPayment,
        string OrderService,
        string OrderServiceAdd,
        string OrderNote,
        long MoneyCollection,
        bool CheckUnique,
        IReadOnlyList<OrderItem> ListItem);

    private sealed record OrderItem(string ProductName, long ProductPrice, long ProductWeight, int ProductQuantity);

    private sealed record Created(string? OrderNumber, long MoneyTotal);

    private sealed record PrintRequest(long ExpiryTime, IReadOnlyList<string> OrderArray);

    private sealed record UpdateRequest(int Type, string OrderNumber, string Note);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Viettel Post refused parcel {PartnerCode}: {Message}")]
    private static partial void LogRefused(ILogger logger, string partnerCode, string? message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Viettel Post gave no answer for {What} (HTTP {Status})")]
    private static partial void LogNoAnswer(ILogger logger, string what, int status, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Viettel Post gave no label for {TrackingCode} (HTTP {Status})")]
    private static partial void LogNoLabel(ILogger logger, string trackingCode, int status, Exception? exception);
}
