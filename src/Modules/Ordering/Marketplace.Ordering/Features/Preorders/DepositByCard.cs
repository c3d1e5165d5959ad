using FluentValidation;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>The buyer pays what is still owed of a held reservation's deposit by card (Stripe's Payment Element).</summary>
internal sealed record PayDepositByCardCommand(Guid ReservationId, UserId BuyerId)
    : IRequest<Result<DepositCardSession>>, IOwnsTransaction<OrderingTransaction>;

/// <summary>Back from Stripe's form with the intent's id: its outcome, and the reservation as it stands after it.</summary>
internal sealed record DepositCardReturnCommand(Guid ReservationId, UserId BuyerId, string PaymentIntentId)
    : IRequest<Result<DepositCardReturn>>, IOwnsTransaction<OrderingTransaction>;

internal sealed record DepositCardReturn(ReservationView Reservation, string Status, string? Declined);

/// <summary>
/// Only the reservation's own buyer, only while it is held and owes some of its deposit: after
/// the harvest the balance is paid with the order. Payments talks to Stripe; the deposit is
/// counted through <see cref="RecordDepositTransferCommand"/> like a transfer, keyed by the intent,
/// in Ordering's own transaction (these commands hold none open while Stripe is asked).
/// </summary>
internal sealed class DepositByCardHandler(OrderingDbContext db, ISender sender)
    : IRequestHandler<PayDepositByCardCommand, Result<DepositCardSession>>,
      IRequestHandler<DepositCardReturnCommand, Result<DepositCardReturn>>
{
    public async ValueTask<Result<DepositCardSession>> Handle(PayDepositByCardCommand command, CancellationToken cancellationToken)
    {
        var reservation = await MineAsync(command.ReservationId, command.BuyerId, cancellationToken);
        if (reservation is null)
        {
            return PreorderErrors.ReservationNotFound();
        }

        if (reservation.Status != ReservationStatus.Held || reservation.DepositOwedVnd <= 0)
        {
            return Error.Conflict("deposit.nothing_owed", Bilingual.Pick(
                $"{reservation.Number} không còn tiền cọc nào phải trả.", $"{reservation.Number} owes no deposit now."));
        }

        return await sender.Send(
            new StartDepositCardPaymentCommand(reservation.Id, reservation.Reference, reservation.DepositOwedVnd, reservation.BuyerEmail), cancellationToken);
    }

    public async ValueTask<Result<DepositCardReturn>> Handle(DepositCardReturnCommand command, CancellationToken cancellationToken)
    {
        if (await MineAsync(command.ReservationId, command.BuyerId, cancellationToken) is null)
        {
            return PreorderErrors.ReservationNotFound();
        }

        var outcome = await sender.Send(new SettleDepositCardPaymentCommand(command.ReservationId, command.PaymentIntentId), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return outcome.Error!;
        }

        var reservation = await db.Reservations.AsNoTracking().SingleAsync(r => r.Id == command.ReservationId, cancellationToken);
        var window = await db.PreorderWindows.AsNoTracking().SingleAsync(w => w.Id == reservation.WindowId, cancellationToken);
        return new DepositCardReturn(PreorderViews.Reservation(reservation, window), outcome.Value.Status, outcome.Value.Declined);
    }

    private Task<Reservation?> MineAsync(Guid reservationId, UserId buyerId, CancellationToken cancellationToken) =>
        db.Reservations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reservationId && r.BuyerId == buyerId, cancellationToken);
}

internal sealed class DepositCardReturnValidator : AbstractValidator<DepositCardReturnCommand>
{
    public DepositCardReturnValidator()
    {
        RuleFor(c => c.PaymentIntentId)
            .NotEmpty().MaximumLength(255).Matches("^pi_[A-Za-z0-9_]+$")
            .WithMessage(_ => Bilingual.Pick("Mã thanh toán Stripe không hợp lệ.", "Not a Stripe PaymentIntent id."));
    }
}
