using System.Globalization;
using System.Text.Json;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Shipments.ViettelPost;

/// <summary>
/// Viettel Post's status push as its documentation describes it: <c>{"DATA":{…},"TOKEN":"…"}</c>,
/// the waybill (<c>ORDER_NUMBER</c>), our code (<c>ORDER_REFERENCE</c>), its status number and
/// name, when (<c>ORDER_STATUSDATE</c>, dd/MM/yyyy HH:mm:ss in Vietnam), a note (a failed
/// attempt's reason), and the cash on the parcel. Null fields are ones Viettel Post left out.
/// </summary>
internal sealed record ViettelPostPushData(
    string? OrderNumber,
    string? OrderReference,
    string? OrderStatusdate,
    int? OrderStatus,
    string? StatusName,
    string? Note,
    decimal? MoneyCollection,
    decimal? MoneyTotal,
    JsonElement? ReasonCode);

/// <summary>
/// Viettel Post's push as it came: the Authorization header (where its documentation also puts the
/// secret) and the body. Owns its transaction: it only reads the push, and the status it reads
/// runs in its own.
/// </summary>
internal sealed record ViettelPostCallbackCommand(string? Authorization, string Payload)
    : IRequest<Result<CarrierStatusOutcome>>, IOwnsTransaction<OrderingTransaction>;

/// <summary>
/// Viettel Post's status pushes: a POST of JSON to the address set in its portal, proved only by
/// the secret set beside it (Viettel Post signs nothing), sent as <c>TOKEN</c> in the body or as
/// the Authorization header; either is compared in constant time before the push's DATA is read.
/// Viettel Post sends again what was not answered 200, up to five times, and not always in order.
/// Its status numbers are read into <see cref="ShipmentStep"/> here, and the rest is
/// <see cref="CarrierStatusHandler"/>'s, as for GHTK and GHN.
/// </summary>
internal sealed partial class ViettelPostCallbackHandler(
    ISender sender, IOptionsMonitor<ViettelPostOptions> options, ILogger<ViettelPostCallbackHandler> logger)
    : IRequestHandler<ViettelPostCallbackCommand, Result<CarrierStatusOutcome>>
{
    private const string Brand = "Viettel Post";

    /// <summary>How Viettel Post writes when: day first, in Vietnam's time.</summary>
    private static readonly string[] Formats = ["dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm:ss", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"];

    public async ValueTask<Result<CarrierStatusOutcome>> Handle(ViettelPostCallbackCommand command, CancellationToken cancellationToken)
    {
        var secret = options.CurrentValue.WebhookToken;
        var byHeader = CarrierCallbacks.Refused(secret, command.Authorization, Brand);
        if (byHeader is { Code: "webhook.not_configured" })
        {
            return byHeader;
        }

        // The secret is read on its own first: a field of DATA written oddly is then the push's fault (400), not a wrong token.
        JsonElement push;
        try
        {
            push = JsonSerializer.Deserialize<JsonElement>(command.Payload);
        }
        catch (JsonException)
        {
            push = default;
        }

        var token = push.ValueKind == JsonValueKind.Object && push.TryGetProperty("TOKEN", out var given) && given.ValueKind == JsonValueKind.String
            ? given.GetString()
            : null;
        if (byHeader is not null && CarrierCallbacks.Refused(secret, token, Brand) is { } refused)
        {
            LogRejected(logger);
            return refused;
        }

        ViettelPostPushData? data;
        try
        {
            data = push.ValueKind == JsonValueKind.Object && push.TryGetProperty("DATA", out var fields) && fields.ValueKind == JsonValueKind.Object
                ? fields.Deserialize<ViettelPostPushData>(ViettelPostJson.Options)
                : null;
        }
        catch (JsonException)
        {
            data = null;
        }

        if (data is null)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["DATA"] = [Bilingual.Pick("Nội dung thông báo không phải JSON của Viettel Post.", "The push's body is not Viettel Post's JSON.")],
            });
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(data.OrderNumber) || data.OrderNumber.Length > 100)
        {
            errors["DATA.ORDER_NUMBER"] = [Bilingual.Pick("Thiếu mã vận đơn.", "The waybill number is missing.")];
        }

        if (data.OrderStatus is null)
        {
            errors["DATA.ORDER_STATUS"] = [Bilingual.Pick("Thiếu trạng thái.", "The status is missing.")];
        }

        var at = When(data.OrderStatusdate);
        if (at is null)
        {
            errors["DATA.ORDER_STATUSDATE"] = [Bilingual.Pick(
                "Thời điểm không đúng dạng dd/MM/yyyy HH:mm:ss.", "The time is not written dd/MM/yyyy HH:mm:ss.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var status = data.OrderStatus!.Value;
        var step = StepOf(status, data.ReasonCode is { ValueKind: JsonValueKind.Number or JsonValueKind.String } reason ? reason.ToString() : null);
        var note = string.IsNullOrWhiteSpace(data.Note) ? data.StatusName : data.Note;
        return await sender.Send(
            new CarrierStatusCommand(
                DeliveryCarrier.ViettelPost,
                data.OrderNumber!.Trim(),
                data.OrderReference?.Trim(),
                step,
                status.ToString(CultureInfo.InvariantCulture),
                at!.Value,
                CarrierCallbacks.Cut(note?.Trim()),
                step == ShipmentStep.Delivered ? Amount(data.MoneyCollection) : null,
                FilesLostBooking: true,
                FeeVnd: Amount(data.MoneyTotal) ?? 0),
            cancellationToken);
    }

    /// <summary>
    /// Viettel Post's status numbers, as its documentation lists them. Its own handling between
    /// post offices (sorting, moving, handed to another office) is kept but moves nothing; so are a
    /// parcel destroyed at the customer's request (503) and anything not listed, for the admins to
    /// read. Cancelled is 107 (by us), 101 (Viettel Post would not take it) and 201 (the waybill
    /// voided); 505 is a failed attempt after which the shopper asked for the parcel to go back; a
    /// delivery put off (507, the shopper collects at the post office; 506 with reason 35 or 37,
    /// a new day agreed) is not a failure; the way back begins at 502 (to the origin office) or 515
    /// (the return approved).
    /// </summary>
    public static ShipmentStep StepOf(int status, string? reasonCode = null) => status switch
    {
        -110 or -109 or -108 or -100 or 100 or 102 or 103 or 104 => ShipmentStep.Booked,
        101 or 107 or 201 => ShipmentStep.Cancelled,
        105 or 200 => ShipmentStep.PickedUp,
        500 or 508 or 550 => ShipmentStep.OutForDelivery,
        501 => ShipmentStep.Delivered,
        506 when reasonCode?.Trim() is "35" or "37" => ShipmentStep.DeliveryDelayed,
        507 => ShipmentStep.DeliveryDelayed,
        505 or 506 => ShipmentStep.DeliveryFailed,
        502 or 515 => ShipmentStep.Returning,
        504 => ShipmentStep.Returned,
        _ => ShipmentStep.Other,
    };

    /// <summary>An amount of đồng as Viettel Post writes it (150000 or 150000.0); one no parcel carries is not read.</summary>
    private static long? Amount(decimal? amount) => amount is >= 0 and <= 1_000_000_000_000 ? (long)Math.Round(amount.Value) : null;

    /// <summary>Viettel Post's time (day first, Vietnam's clock); one with its own offset (ISO 8601) is read as written.</summary>
    public static DateTimeOffset? When(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        // A year no parcel of ours lives in is not a time (and 01/01/0001 could not be moved to Vietnam's clock).
        if (DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return local.Year is >= 2000 and <= 2100 ? new DateTimeOffset(local, VietnamTime.Offset) : null;
        }

        return text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            && at.Year is >= 2000 and <= 2100 ? at : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Viettel Post push rejected: wrong token")]
    private static partial void LogRejected(ILogger logger);
}
