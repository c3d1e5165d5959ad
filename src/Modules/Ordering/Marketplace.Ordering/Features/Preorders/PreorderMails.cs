using System.Globalization;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>A window was settled: its harvest recorded and shared out, or the window called off. Saved with the change (outbox).</summary>
internal sealed record PreorderSettled(Guid EventId, DateTimeOffset OccurredAt, Guid WindowId) : IIntegrationEvent;

/// <summary>
/// Tells each buyer what the harvest gave their reservation (all of it, part of it, nothing) or
/// that the window was called off, with the deposit owed back and what is left to pay, in the
/// language they reserved in. Handled once; each mail has its own id, so a retry after a
/// failure halfway mails no one twice. A buyer given something is sent to the page where they order it. Reservations the buyer withdrew before are not mailed.
/// </summary>
internal sealed class PreorderMailsHandler(OrderingDbContext db, IMailSender mail, PublicSite site, TimeProvider clock)
    : INotificationHandler<PreorderSettled>
{
    private const string Handler = "ordering.preorder-settled";

    public async ValueTask Handle(PreorderSettled notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, Handler, clock, async () =>
        {
            var window = await db.PreorderWindows.AsNoTracking().SingleAsync(w => w.Id == notification.WindowId, cancellationToken);
            var reservations = await db.Reservations.AsNoTracking().Where(r => r.WindowId == window.Id).ToListAsync(cancellationToken);
            foreach (var r in reservations.Where(r => r.SettledAt == window.ClosedAt))
            {
                var culture = CultureInfo.GetCultureInfo(r.Culture);
                string Dong(long vnd) => Money.Dong(vnd).Format(culture);
                var (product, lot, number) = (window.ProductName, window.LotCode, r.Number);
                var back = r.DepositBackVnd > 0
                    ? Bilingual.Pick(r.Culture, $"\nTiền cọc hoàn lại: {Dong(r.DepositBackVnd)}.", $"\nDeposit owed back: {Dong(r.DepositBackVnd)}.")
                    : string.Empty;
                var order = site.Link($"/reservations/{r.Id}/order");
                var balance = r.BalanceVnd > 0
                    ? Bilingual.Pick(
                        r.Culture,
                        $"\nCòn phải trả: {Dong(r.BalanceVnd)} (và phí giao hàng). Chọn nơi nhận và cách trả: {order}",
                        $"\nLeft to pay: {Dong(r.BalanceVnd)} (and shipping). Choose where it goes and how to pay: {order}")
                    : string.Empty;
                var (vendor, unit, given, asked) = (window.VendorName, window.Unit, r.Allocated, r.Quantity);
                var shortVi = $"{vendor} đã thu hoạch lô {lot}, ít hơn số đã đặt. Đặt trước {number}:";
                var shortEn = $"{vendor} harvested lot {lot}, less than was reserved. Reservation {number}:";
                var (subject, body) = r.Status switch
                {
                    ReservationStatus.Cancelled => (
                        Bilingual.Pick(r.Culture, $"Đợt đặt trước {lot} đã bị hủy", $"Pre-order {lot} was called off"),
                        Bilingual.Pick(
                            r.Culture,
                            $"{vendor} đã hủy đợt đặt trước {product} (lô {lot}): {window.CancelReason}\nĐặt trước {number} của bạn đã bị hủy.",
                            $"{vendor} called off the pre-order of {product} (lot {lot}): {window.CancelReason}\nYour reservation {number} is cancelled.")),
                    ReservationStatus.Confirmed => (
                        Bilingual.Pick(r.Culture, $"Đã thu hoạch: {product} — đủ phần của bạn", $"Harvested: {product}, all you reserved"),
                        Bilingual.Pick(
                            r.Culture,
                            $"{vendor} đã thu hoạch lô {lot}. Đặt trước {number}: đủ {given} ({unit}).",
                            $"{vendor} harvested lot {lot}. Reservation {number}: all {given} ({unit}).")),
                    ReservationStatus.PartlyConfirmed => (
                        Bilingual.Pick(r.Culture, $"Đã thu hoạch: {product} — được một phần", $"Harvested: {product}, part of what you reserved"),
                        Bilingual.Pick(r.Culture, $"{shortVi} được {given} trên {asked} ({unit}).", $"{shortEn} {given} of {asked} ({unit}).")),
                    _ => (
                        Bilingual.Pick(r.Culture, $"Đã thu hoạch: {product} — không còn phần cho bạn", $"Harvested: {product}, none left for you"),
                        Bilingual.Pick(
                            r.Culture, $"{shortVi} rất tiếc, không còn phần ({asked} {unit}).", $"{shortEn} sorry, none was left ({asked} {unit}).")),
                };
                var id = OutgoingMail.IdFor(notification.EventId, Handler, r.Id.ToString());
                await mail.SendAsync(new OutgoingMail(r.BuyerEmail, r.BuyerEmail, subject, body + back + balance, id), cancellationToken);
            }
        }, cancellationToken);
}
