using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Shipments.Ghtk;

/// <summary>
/// GHTK's status callback as it came: the secret in its address, and its form fields. Owns its
/// transaction: it only reads the callback, and the status it reads runs in its own.
/// </summary>
internal sealed record GhtkCallbackCommand(string? Hash, IReadOnlyDictionary<string, string?> Fields)
    : IRequest<Result<CarrierStatusOutcome>>, IOwnsTransaction<OrderingTransaction>;

/// <summary>
/// GHTK's webhook: a POST, form-urlencoded, to the address the alliance registered with GHTK,
/// whose <c>hash</c> is the only proof that GHTK sent it (GHTK signs nothing else); then
/// <c>label_id</c>, <c>partner_id</c>, <c>status_id</c>, <c>action_time</c> (ISO 8601),
/// <c>reason_code</c>, <c>reason</c>, <c>weight</c> (kg), <c>fee</c> and <c>pick_money</c> (₫, not
/// always sent: the cash due is taken when it is missing). GHTK's callback carries no return fee:
/// a parcel it brings back is booked without one, as GHTK's statement will tell it.
/// GHTK sends again what was not answered 200. Nothing is read before the hash checks out, in
/// constant time; GHTK's status codes are read into <see cref="ShipmentStep"/> here, and the
/// rest is <see cref="CarrierStatusHandler"/>'s.
/// </summary>
internal sealed partial class GhtkCallbackHandler(ISender sender, IOptionsMonitor<GhtkOptions> options, ILogger<GhtkCallbackHandler> logger)
    : IRequestHandler<GhtkCallbackCommand, Result<CarrierStatusOutcome>>
{
    public async ValueTask<Result<CarrierStatusOutcome>> Handle(GhtkCallbackCommand command, CancellationToken cancellationToken)
    {
        if (Refused(options.CurrentValue, command.Hash) is { } refused)
        {
            LogRejected(logger, Field(command, "label_id"));
            return refused;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var label = Field(command, "label_id");
        if (string.IsNullOrWhiteSpace(label))
        {
            errors["label_id"] = [Bilingual.Pick("Thiếu mã vận đơn.", "The tracking code is missing.")];
        }

        if (!int.TryParse(Field(command, "status_id"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var status))
        {
            errors["status_id"] = [Bilingual.Pick("Mã trạng thái không hợp lệ.", "The status is not a number.")];
        }

        if (!DateTimeOffset.TryParse(Field(command, "action_time"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            errors["action_time"] = [Bilingual.Pick("Thời điểm không hợp lệ.", "The action time is not an ISO 8601 time.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        return await sender.Send(
            new CarrierStatusCommand(
                DeliveryCarrier.Ghtk,
                label!.Trim(),
                Field(command, "partner_id")?.Trim(),
                StepOf(status),
                status.ToString(CultureInfo.InvariantCulture),
                at,
                CarrierCallbacks.Cut(Field(command, "reason")),
                Amount(command, "pick_money")),
            cancellationToken);
    }

    /// <summary>Why a callback with this hash is not GHTK's (<see cref="CarrierCallbacks.Refused"/>); null when it is. Asked before the body is read.</summary>
    public static Error? Refused(GhtkOptions options, string? hash) => CarrierCallbacks.Refused(options.CallbackHash, hash, "GHTK");

    /// <summary>
    /// GHTK's order statuses, as its documentation lists them. Only GHTK's own statuses move a part:
    /// a courier's report (123 "shipper says picked up", 45 "says delivered" …) waits for GHTK's.
    /// </summary>
    public static ShipmentStep StepOf(int status) => status switch
    {
        -1 => ShipmentStep.Cancelled,
        3 => ShipmentStep.PickedUp,
        4 => ShipmentStep.OutForDelivery,
        5 => ShipmentStep.Delivered,
        6 or 11 => ShipmentStep.Reconciled,
        7 => ShipmentStep.PickupFailed,
        8 => ShipmentStep.PickupDelayed,
        9 => ShipmentStep.DeliveryFailed,
        10 => ShipmentStep.DeliveryDelayed,
        20 => ShipmentStep.Returning,
        21 => ShipmentStep.Returned,
        _ => ShipmentStep.Other,
    };

    private static string? Field(GhtkCallbackCommand command, string name) => command.Fields.GetValueOrDefault(name);

    private static long? Amount(GhtkCallbackCommand command, string name) =>
        decimal.TryParse(Field(command, name), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount is >= 0 and <= MaxAmount
            ? (long)Math.Round(amount)
            : null;

    /// <summary>More than any parcel carries (a trillion đồng): a figure beyond it is not read.</summary>
    private const decimal MaxAmount = 1_000_000_000_000m;

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHTK callback for {Label} rejected: wrong hash")]
    private static partial void LogRejected(ILogger logger, string? label);
}
