using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// A transfer toward a reservation's deposit, found by Payments in a bank statement by the
/// reservation's reference: a deposit may come in several transfers, each counted once.
/// </summary>
internal sealed class RecordDepositTransferHandler(OrderingDbContext db) : ICommandHandler<RecordDepositTransferCommand, Result<DepositReceipt>>
{
    public async ValueTask<Result<DepositReceipt>> Handle(RecordDepositTransferCommand command, CancellationToken cancellationToken)
    {
        // The reference is the number without its dashes: "DT" + yyMMdd + eight characters.
        var reference = command.Reference;
        var number = reference.Length == 16 ? $"DT-{reference[2..8]}-{reference[8..]}" : string.Empty;
        var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (reservation is null)
        {
            return Error.NotFound("reservation.not_found", Bilingual.Pick(
                $"Không có lượt đặt trước với mã {reference}.", $"No reservation has the reference {reference}."));
        }

        var received = command.TransferKey.StartsWith(RecordDepositTransferCommand.CardKeyPrefix, StringComparison.Ordinal)
            ? reservation.ReceiveCardDeposit(command.TransferKey[RecordDepositTransferCommand.CardKeyPrefix.Length..], command.AmountVnd)
            : reservation.ReceiveDeposit(command.AmountVnd, command.TransferKey);
        if (!received.IsSuccess)
        {
            return received.Error!;
        }

        await db.DepositChangedAsync(reservation, command.At, cancellationToken);
        return new DepositReceipt(reservation.Number, reservation.DepositPaidVnd, reservation.DepositOwedVnd);
    }
}

internal static class DepositNews
{
    /// <summary>
    /// Tells Payments what the reservation's deposit comes to, for its ledger, whenever money came
    /// in or what is owed back grew (a transfer, the harvest, a withdrawal, a window called off).
    /// </summary>
    /// <summary>The same, where the window is not at hand: its cooperative's name is read for the ledger.</summary>
    public static async Task DepositChangedAsync(this OrderingDbContext db, Reservation reservation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var vendorName = await db.PreorderWindows.Where(w => w.Id == reservation.WindowId).Select(w => w.VendorName).SingleAsync(cancellationToken);
        db.DepositChanged(reservation, vendorName, now);
    }

    public static void DepositChanged(this OrderingDbContext db, Reservation reservation, string vendorName, DateTimeOffset now)
    {
        if (reservation.DepositPaidVnd > 0)
        {
            db.AddIntegrationEvent(new ReservationDepositIntegrationEvent(
                Guid.NewGuid(), now, reservation.Id, reservation.Number, reservation.CooperativeId, vendorName,
                reservation.DepositPaidVnd, reservation.DepositBackVnd));
        }
    }
}

/// <summary>The buyer's own reservation's deposit transfer: the account and the VietQR code, for what is still owed.</summary>
internal sealed record GetDepositQrQuery(Guid ReservationId, UserId BuyerId) : IQuery<Result<byte[]>>;

internal sealed class GetDepositQrHandler(OrderingDbContext db, ISender sender) : IQueryHandler<GetDepositQrQuery, Result<byte[]>>
{
    public async ValueTask<Result<byte[]>> Handle(GetDepositQrQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var reservation = await db.Reservations.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == query.ReservationId && r.BuyerId == buyer, cancellationToken);
        if (reservation is null || reservation.Status != ReservationStatus.Held || reservation.DepositOwedVnd <= 0)
        {
            return PreorderErrors.ReservationNotFound();
        }

        return await sender.Send(new GetTransferQrQuery(reservation.DepositOwedVnd, reservation.Reference), cancellationToken);
    }
}
