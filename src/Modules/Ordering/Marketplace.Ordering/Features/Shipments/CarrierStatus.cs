using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Fulfilment;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Ordering.Features.Shipments;

/// <summary>
/// What a carrier's callback said of a parcel, read into our words by that carrier's endpoint
/// once its signature checked out. <see cref="CashCollectedVnd"/> is the cash the carrier says it
/// took at the door (delivered); <see cref="ReturnFeeVnd"/> what it charges to bring it back (returned).
/// <see cref="FilesLostBooking"/> is for a carrier that lists no booking by our code (Viettel Post):
/// a status of a parcel we never heard was booked is then filed as the part's booking, at
/// <see cref="FeeVnd"/>. Carriers that can be asked (GHTK, GHN) find a lost booking when booked
/// again, and their early statuses must not race a booking under way.
/// </summary>
internal sealed record CarrierStatusCommand(
    DeliveryCarrier Carrier,
    string TrackingCode,
    string? PartnerCode,
    ShipmentStep Step,
    string Code,
    DateTimeOffset At,
    string? Reason,
    long? CashCollectedVnd = null,
    long? ReturnFeeVnd = null,
    bool FilesLostBooking = false,
    long FeeVnd = 0) : ICommand<Result<CarrierStatusOutcome>>, IRunsIn<OrderingTransaction>;

/// <summary>Whether the status was new (false: a replay), and where the part is now.</summary>
internal sealed record CarrierStatusOutcome(string TrackingCode, bool Recorded, PartStatus Status);

/// <summary>
/// Sent once, the first time the carrier says the parcel is with its courier on the way: the
/// shopper is told to expect it (and the cash to have ready).
/// </summary>
internal sealed record OutForDeliveryMailRequested(
    Guid EventId, DateTimeOffset OccurredAt, OrderId OrderId, OrderPartId PartId, string Carrier, string TrackingCode, long CashDueVnd)
    : IIntegrationEvent;

/// <summary>
/// Moves a part as its carrier reports the parcel: picked up (shipped), with the courier, delivered
/// (the cash the carrier took), a failed attempt (a delivery put off is only kept: the courier
/// comes again, nothing failed yet), on its way back, back (stock returned,
/// the carrier's return fee booked), or the booking cancelled. Carriers send a status more than
/// once and not in order, so each is kept once (the same code at the same time again changes
/// nothing), one reported as older than a status that already moved the part moves nothing, and
/// a step the part has passed is not taken again. A status that skips steps (delivered before
/// picked up ever came) takes the steps between, each with its own mail. Each step is taken
/// through <see cref="PartSteps"/>, as if the cooperative had taken it: the same mails, stock and
/// ledger follow.
/// </summary>
internal sealed partial class CarrierStatusHandler(OrderingDbContext db, PartSteps steps, TimeProvider clock, ILogger<CarrierStatusHandler> logger)
    : ICommandHandler<CarrierStatusCommand, Result<CarrierStatusOutcome>>
{
    public async ValueTask<Result<CarrierStatusOutcome>> Handle(CarrierStatusCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var shipment = await db.Shipments.SingleOrDefaultAsync(s => s.Carrier == command.Carrier && s.TrackingCode == command.TrackingCode, cancellationToken)
            ?? (command.FilesLostBooking ? await FileLostBookingAsync(command, now, cancellationToken) : null);
        if (shipment is null
            || (!string.IsNullOrEmpty(command.PartnerCode) && !string.Equals(command.PartnerCode, shipment.PartnerCode, StringComparison.OrdinalIgnoreCase)))
        {
            return Error.NotFound("shipment.not_found", Bilingual.Pick("Không có vận đơn này.", "No such shipment."));
        }

        var part = await db.Parts.SingleAsync(p => p.Id == shipment.PartId, cancellationToken);
        if (!shipment.Record(command.Step, command.Code, command.At, command.Reason, now))
        {
            return new CarrierStatusOutcome(shipment.TrackingCode, Recorded: false, part.Status);
        }

        if (shipment.Cancelled || shipment.IsLate(command.At))
        {
            return new CarrierStatusOutcome(shipment.TrackingCode, Recorded: true, part.Status);
        }

        var moved = false;
        foreach (var (action, details) in Road(command, part, shipment))
        {
            if (OrderPart.Next(action, part.Status) is null)
            {
                continue; // passed already, or not on this part's road
            }

            var taken = await steps.TakeAsync(part, action, details, cancellationToken);
            if (!taken.IsSuccess)
            {
                // The carrier's word is kept; the cooperative takes the step by hand (a lot that cannot ship …).
                LogNotMoved(logger, shipment.TrackingCode, action, taken.Error!.Message);
                break;
            }

            moved = true;
        }

        if (command.Step == ShipmentStep.Cancelled && part.Status == PartStatus.Packed)
        {
            shipment.Cancel();
            part.BookingCancelled(shipment.TrackingCode);
            moved = true;
        }

        if (command.Step == ShipmentStep.OutForDelivery && part.Status is PartStatus.Shipped or PartStatus.DeliveryFailed
            && !shipment.HadBefore(ShipmentStep.OutForDelivery))
        {
            db.AddIntegrationEvent(new OutForDeliveryMailRequested(
                Guid.NewGuid(), now, part.OrderId, part.Id, part.Carrier ?? shipment.Carrier.BrandName(), shipment.TrackingCode, part.CashDueVnd));
            moved = true;
        }

        if (moved)
        {
            shipment.Moved(command.At);
        }

        // The cooperative's people hear in their notice centre (and on their phones) of a parcel left at the cooperative,
        // or on its way back: theirs to act on. Not of a late report of what has been overtaken.
        if ((command.Step is ShipmentStep.PickupFailed or ShipmentStep.PickupDelayed && part.Status == PartStatus.Packed)
            || (command.Step is ShipmentStep.Cancelled or ShipmentStep.Returning && moved))
        {
            var number = await db.Orders.Where(o => o.Id == part.OrderId).Select(o => o.Number).SingleAsync(cancellationToken);
            db.AddIntegrationEvent(new ShipmentNeedsAttentionIntegrationEvent(
                Guid.NewGuid(), now, part.CooperativeId, part.Id, number, shipment.Carrier.BrandName(), shipment.TrackingCode, command.Step,
                string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim()));
        }

        return new CarrierStatusOutcome(shipment.TrackingCode, Recorded: true, part.Status);
    }

    /// <summary>
    /// A status for a parcel we never heard was booked: the carrier took it on a try whose answer
    /// was lost (Viettel Post lists no order by our code to ask). It is filed as the part's booking
    /// when our code in it is the one the part's next booking would have (the part packed and not
    /// booked since), so the cooperative sees its tracking code and its statuses move it; else null.
    /// </summary>
    private async Task<Shipment?> FileLostBookingAsync(CarrierStatusCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var partId = command.PartnerCode is { Length: >= 32 } code && Guid.TryParseExact(code[..32], "N", out var id)
            ? OrderPartId.From(id)
            : (OrderPartId?)null;
        if (partId is null || await db.Parts.SingleOrDefaultAsync(p => p.Id == partId.Value, cancellationToken) is not { } part)
        {
            return null;
        }

        if (part.Status != PartStatus.Packed)
        {
            LogNotFiled(logger, command.TrackingCode, command.PartnerCode!);
            return null;
        }

        var earlier = await db.Shipments.Where(s => s.PartId == part.Id).ToListAsync(cancellationToken);
        if (earlier.Any(s => !s.Cancelled)
            || !string.Equals(Shipment.CodeFor(part.Id, earlier.Count + 1), command.PartnerCode, StringComparison.OrdinalIgnoreCase))
        {
            LogNotFiled(logger, command.TrackingCode, command.PartnerCode!);
            return null;
        }

        var shipment = new Shipment(part.Id, earlier.Count + 1, command.Carrier, command.TrackingCode, Math.Max(0, command.FeeVnd), part.CashDueVnd, now);
        db.Shipments.Add(shipment);
        part.Booked(command.Carrier.BrandName(), command.TrackingCode);
        LogFiled(logger, command.TrackingCode, command.PartnerCode!);
        return shipment;
    }

    /// <summary>The steps that lead to what the carrier reported, from a packed part; those the part has passed are skipped.</summary>
    private static IEnumerable<(FulfilmentAction, StepDetails)> Road(CarrierStatusCommand command, OrderPart part, Shipment shipment)
    {
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        var ship = (FulfilmentAction.Ship, new StepDetails(part.Carrier ?? shipment.Carrier.BrandName(), shipment.TrackingCode));
        switch (command.Step)
        {
            case ShipmentStep.PickedUp or ShipmentStep.OutForDelivery:
                yield return ship;
                break;
            case ShipmentStep.Delivered:
                yield return ship;
                yield return (FulfilmentAction.Deliver, Collected(command.CashCollectedVnd, part.CashDueVnd, shipment.Carrier));
                break;
            case ShipmentStep.DeliveryFailed:
                yield return ship;
                yield return (FulfilmentAction.FailAttempt, new StepDetails(Reason: reason ?? NotHandedOver(shipment.Carrier)));
                break;
            case ShipmentStep.Returning or ShipmentStep.Returned:
                yield return ship;
                yield return (FulfilmentAction.ReturnToSender, new StepDetails(Reason: reason ?? NotHandedOver(shipment.Carrier)));
                if (command.Step == ShipmentStep.Returned)
                {
                    yield return (FulfilmentAction.ReceiveReturn, new StepDetails(ReturnFeeVnd: Math.Max(0, command.ReturnFeeVnd ?? 0)));
                }

                break;
        }
    }

    /// <summary>
    /// The cash the carrier says it took, never more than was due; less (a line refused at the
    /// door, a partial delivery) is the carrier's word, and says so.
    /// </summary>
    private static StepDetails Collected(long? reported, long due, DeliveryCarrier carrier)
    {
        var collected = Math.Clamp(reported ?? due, 0, due);
        return new StepDetails(
            CashCollectedVnd: collected,
            Reason: collected < due
                ? Bilingual.Pick($"{carrier.BrandName()} báo thu {collected:N0} ₫.", $"{carrier.BrandName()} reports {collected:N0} ₫ collected.")
                : null);
    }

    private static string NotHandedOver(DeliveryCarrier carrier) =>
        Bilingual.Pick($"{carrier.BrandName()} báo không giao được.", $"{carrier.BrandName()} reports it could not deliver.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shipment {TrackingCode}: filed as {PartnerCode}'s booking, whose answer was lost")]
    private static partial void LogFiled(ILogger logger, string trackingCode, string partnerCode);

    /// <summary>
    /// The carrier holds a parcel for a part that went another way (shipped by hand, cancelled,
    /// booked again): someone calls it off at the carrier.
    /// </summary>
    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Shipment {TrackingCode} for {PartnerCode} is at the carrier, but the part went another way: cancel it in the carrier's portal")]
    private static partial void LogNotFiled(ILogger logger, string trackingCode, string partnerCode);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Shipment {TrackingCode}: the carrier's status could not {Action} the part ({Reason}); the cooperative takes the step by hand")]
    private static partial void LogNotMoved(ILogger logger, string trackingCode, FulfilmentAction action, string reason);
}
