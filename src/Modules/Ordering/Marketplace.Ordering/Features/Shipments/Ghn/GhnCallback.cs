using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Shipments.Ghn;

/// <summary>
/// GHN's webhook body as GHN documents it (JSON, PascalCase): the order, its status and when,
/// why (a failed attempt's reason), the shop, the cash collected, and GHN's fees (its
/// <c>Return</c> fee once a parcel comes back). Null fields are ones GHN left out.
/// </summary>
internal sealed record GhnCallbackBody(
    [property: JsonPropertyName("OrderCode")] string? OrderCode,
    [property: JsonPropertyName("ClientOrderCode")] string? ClientOrderCode,
    [property: JsonPropertyName("Status")] string? Status,
    [property: JsonPropertyName("Type")] string? Type,
    [property: JsonPropertyName("Time")] DateTimeOffset? Time,
    [property: JsonPropertyName("Reason")] string? Reason,
    [property: JsonPropertyName("ShopID")] long? ShopId,
    [property: JsonPropertyName("CODAmount")] long? CodAmount,
    [property: JsonPropertyName("Fee")] GhnCallbackFee? Fee);

internal sealed record GhnCallbackFee([property: JsonPropertyName("Return")] long? Return);

/// <summary>
/// GHN's status callback as it came: the secret in its address, and its body. Owns its
/// transaction: it only reads the callback, and the status it reads runs in its own.
/// </summary>
internal sealed record GhnCallbackCommand(string? Hash, string Payload)
    : IRequest<Result<CarrierStatusOutcome>>, IOwnsTransaction<OrderingTransaction>;

/// <summary>
/// GHN's webhook: a POST of JSON to the address the alliance registered in GHN's portal, whose
/// <c>hash</c> is the only proof that GHN sent it (GHN signs nothing), for the alliance's shop
/// only. GHN sends again what was not answered 200. Nothing is read before the hash checks out,
/// in constant time; GHN's statuses are read into <see cref="ShipmentStep"/> here, and the rest is
/// <see cref="CarrierStatusHandler"/>'s, as for GHTK.
/// </summary>
internal sealed partial class GhnCallbackHandler(ISender sender, IOptionsMonitor<GhnOptions> options, ILogger<GhnCallbackHandler> logger)
    : IRequestHandler<GhnCallbackCommand, Result<CarrierStatusOutcome>>
{
    // GHN writes PascalCase ("OrderCode", "ShopID"); a field written otherwise is still the same field.
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public async ValueTask<Result<CarrierStatusOutcome>> Handle(GhnCallbackCommand command, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (Refused(settings, command.Hash) is { } refused)
        {
            LogRejected(logger);
            return refused;
        }

        GhnCallbackBody? body;
        try
        {
            body = JsonSerializer.Deserialize<GhnCallbackBody>(command.Payload, Json);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["body"] = [Bilingual.Pick("Nội dung thông báo không phải JSON của GHN.", "The callback's body is not GHN's JSON.")],
            });
        }

        if (!settings.Configured || body.ShopId != settings.ShopId)
        {
            LogOtherShop(logger, body.OrderCode, body.ShopId);
            return Error.Forbidden("webhook.other_shop", Bilingual.Pick(
                "Thông báo này của một cửa hàng GHN khác.", "The callback is for another GHN shop."));
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(body.OrderCode))
        {
            errors["OrderCode"] = [Bilingual.Pick("Thiếu mã vận đơn.", "The order code is missing.")];
        }

        if (string.IsNullOrWhiteSpace(body.Status) || body.Status.Length > 40)
        {
            errors["Status"] = [Bilingual.Pick("Thiếu trạng thái.", "The status is missing.")];
        }

        if (body.Type is { Length: > 40 })
        {
            errors["Type"] = [Bilingual.Pick("Loại thông báo không hợp lệ.", "The type is not one of GHN's.")];
        }

        if (body.Time is null)
        {
            errors["Time"] = [Bilingual.Pick("Thiếu thời điểm.", "The time is missing.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        // GHN also posts a parcel's new weight, COD or fee (update_weight, update_cod, update_fee; its documentation
        // writes them capitalised too), carrying its status again: kept on the parcel's journey as what it is, never
        // read as the status happening again. Any other type (switch_status, create, none) is a status.
        var statusChange = body.Type?.Trim() is not { } type || !type.StartsWith("update_", StringComparison.OrdinalIgnoreCase);
        var step = statusChange ? StepOf(body.Status!) : ShipmentStep.Other;
        return await sender.Send(
            new CarrierStatusCommand(
                DeliveryCarrier.Ghn,
                body.OrderCode!.Trim(),
                body.ClientOrderCode?.Trim(),
                step,
                statusChange ? body.Status!.Trim() : body.Type!.Trim(),
                body.Time!.Value,
                CarrierCallbacks.Cut(body.Reason),
                step == ShipmentStep.Delivered ? Amount(body.CodAmount) : null,
                step == ShipmentStep.Returned ? Amount(body.Fee?.Return) : null),
            cancellationToken);
    }

    /// <summary>Why a callback with this hash is not GHN's (<see cref="CarrierCallbacks.Refused"/>); null when it is. Asked before the body is read.</summary>
    public static Error? Refused(GhnOptions options, string? hash) => CarrierCallbacks.Refused(options.CallbackHash, hash, "GHN");

    /// <summary>
    /// GHN's order statuses, as its documentation lists them. Sorting and moving between hubs is
    /// GHN's business, kept but moving nothing; so is "waiting_to_return" (attempts used up, GHN
    /// waits for the shop, who may still ask it to deliver again): the way back begins at "return".
    /// "return_fail", "exception", "damage" and "lost" are for the admins to read.
    /// </summary>
    public static ShipmentStep StepOf(string status) => status.Trim() switch
    {
        "ready_to_pick" => ShipmentStep.Booked,
        "cancel" => ShipmentStep.Cancelled,
        "picked" => ShipmentStep.PickedUp,
        "delivering" or "money_collect_delivering" => ShipmentStep.OutForDelivery,
        "delivered" => ShipmentStep.Delivered,
        "delivery_fail" => ShipmentStep.DeliveryFailed,
        "return" or "return_transporting" or "return_sorting" or "returning" => ShipmentStep.Returning,
        "returned" => ShipmentStep.Returned,
        _ => ShipmentStep.Other,
    };

    /// <summary>A figure no parcel carries (below 0, beyond a trillion đồng) is not read.</summary>
    private static long? Amount(long? amount) => amount is >= 0 and <= 1_000_000_000_000 ? amount : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHN callback rejected: wrong hash")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHN callback for {OrderCode} rejected: shop {ShopId} is not ours")]
    private static partial void LogOtherShop(ILogger logger, string? orderCode, long? shopId);
}
