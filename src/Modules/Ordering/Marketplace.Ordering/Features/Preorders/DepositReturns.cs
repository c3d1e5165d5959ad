using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Preorders;

[JsonConverter(typeof(JsonStringEnumConverter<DepositReturnMethod>))]
internal enum DepositReturnMethod
{
    /// <summary>A Stripe refund to the card the deposit came by.</summary>
    Card,

    /// <summary>The alliance transferred it to the buyer itself, and records that it did.</summary>
    Transfer,
}

/// <summary>A reservation owing some of its deposit back: the deposit of units the harvest cut, of a withdrawal, of a window called off.</summary>
internal sealed record DepositReturnView(
    Guid ReservationId, string Number, string BuyerEmail, string VendorName, string ProductName, Money ToReturn, Money Returned, bool ByCard);

/// <summary>What the alliance still owes buyers of their deposits, oldest first.</summary>
internal sealed record ListDepositReturnsQuery : IQuery<IReadOnlyList<DepositReturnView>>;

/// <summary>The alliance returns all a reservation is owed back, to the card or by a transfer it records.</summary>
internal sealed record ReturnDepositCommand(Guid ReservationId, string ActorEmail, DepositReturnMethod Method)
    : IRequest<Result<DepositReturnView>>, IOwnsTransaction<OrderingTransaction>;

/// <summary>
/// Deposits owed back, returned. A card refund is asked of Stripe before anything is saved, keyed
/// by the reservation and what it had returned before, so a retry (or a second admin's click) is
/// the same refund to Stripe; the reservation's version then lets one of two saves win.
/// </summary>
internal sealed class DepositReturnsHandler(OrderingDbContext db, ISender sender)
    : IQueryHandler<ListDepositReturnsQuery, IReadOnlyList<DepositReturnView>>,
      IRequestHandler<ReturnDepositCommand, Result<DepositReturnView>>
{
    public async ValueTask<IReadOnlyList<DepositReturnView>> Handle(ListDepositReturnsQuery query, CancellationToken cancellationToken)
    {
        // What came in beyond the returned is the most that can be owed back; the rest is worked out per reservation.
        var reservations = await db.Reservations.AsNoTracking()
            .Where(r => r.DepositPaidVnd > r.DepositReturnedVnd)
            .OrderBy(r => r.ReservedAt)
            .Take(2_000)
            .ToListAsync(cancellationToken);
        var owing = reservations.Where(r => r.DepositToReturnVnd > 0).ToList();
        var windowIds = owing.Select(r => r.WindowId).Distinct().ToList();
        var windows = await db.PreorderWindows.AsNoTracking().Where(w => windowIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => (w.VendorName, w.ProductName), cancellationToken);
        return [.. owing.Select(r => View(r, windows[r.WindowId]))];
    }

    public async ValueTask<Result<DepositReturnView>> Handle(ReturnDepositCommand command, CancellationToken cancellationToken)
    {
        var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.Id == command.ReservationId, cancellationToken);
        if (reservation is null)
        {
            return PreorderErrors.ReservationNotFound();
        }

        var amount = reservation.DepositToReturnVnd;
        if (amount > 0 && command.Method == DepositReturnMethod.Card)
        {
            if (reservation.DepositCardIntent is not { } intent)
            {
                return Error.Rule("deposit.not_by_card", Bilingual.Pick(
                    $"Tiền cọc của {reservation.Number} không trả bằng thẻ: hãy chuyển khoản trả lại rồi ghi nhận.",
                    $"The deposit of {reservation.Number} did not come by card: transfer it back, then record that."));
            }

            var refundId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"deposit-return:{reservation.Id}:{reservation.DepositReturnedVnd}"))[..16]);
            var refunded = await sender.Send(new RefundDepositCardCommand(intent, amount, refundId), cancellationToken);
            if (!refunded.IsSuccess)
            {
                return refunded.Error!;
            }
        }

        var returned = reservation.DepositReturned();
        if (!returned.IsSuccess)
        {
            return returned.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        await sender.RecordAsync(
            command.ActorEmail, "Refunded", "Reservation", reservation.Id, reservation.Number,
            $"{Money.Dong(returned.Value).Format(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} ({command.Method})", cancellationToken);
        var window = await db.PreorderWindows.AsNoTracking().Where(w => w.Id == reservation.WindowId)
            .Select(w => new { w.VendorName, w.ProductName }).SingleAsync(cancellationToken);
        return View(reservation, (window.VendorName, window.ProductName));
    }

    private static DepositReturnView View(Domain.Reservation r, (string VendorName, string ProductName) w) => new(
        r.Id, r.Number, r.BuyerEmail, w.VendorName, w.ProductName, Money.Dong(r.DepositToReturnVnd), Money.Dong(r.DepositReturnedVnd),
        r.DepositCardIntent is not null);
}
