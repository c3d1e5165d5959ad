using System.Globalization;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Returns;

/// <summary>
/// Ordering's own request to mail the shopper a step of their return, queued with the step. It names
/// the step: by the time the mail goes out the return may be further on, and each step gets its mail.
/// </summary>
internal sealed record ReturnMailRequested(Guid EventId, DateTimeOffset OccurredAt, Guid ReturnId, ReturnStatus Step) : IIntegrationEvent;

/// <summary>The words for a return's reasons and steps, in the shopper's language.</summary>
internal static class ReturnTexts
{
    public static string Reason(ReturnReason reason, string culture) => reason switch
    {
        ReturnReason.Damaged => Bilingual.Pick(culture, "Hàng bị dập, vỡ khi giao", "Damaged in delivery"),
        ReturnReason.WrongItem => Bilingual.Pick(culture, "Giao sai hàng", "Wrong item"),
        ReturnReason.NotAsDescribed => Bilingual.Pick(culture, "Không đúng như mô tả", "Not as described"),
        ReturnReason.Spoiled => Bilingual.Pick(culture, "Hàng bị hỏng, mốc", "Spoiled"),
        _ => Bilingual.Pick(culture, "Lý do khác", "Other"),
    };
}

/// <summary>
/// Mails the shopper each step of their return, once; and follows Payments: an agreed return's
/// refund made (or not: an admin then has it tried again) is noted on the return and told.
/// </summary>
internal sealed class ReturnMailsHandler(OrderingDbContext db, IMailSender mail, PublicSite site, TimeProvider clock)
    : INotificationHandler<ReturnMailRequested>,
      INotificationHandler<ReturnRefundedIntegrationEvent>
{
    public async ValueTask Handle(ReturnRefundedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(notification, "ordering.return-refunded", clock, async () =>
        {
            var request = await db.Returns.SingleOrDefaultAsync(r => r.Id == notification.ReturnId, cancellationToken);
            if (request is not null && request.Status == ReturnStatus.Agreed)
            {
                request.Refunded(notification.Problem, notification.OccurredAt);
                if (notification.Problem is null)
                {
                    db.AddIntegrationEvent(new ReturnMailRequested(Guid.NewGuid(), notification.OccurredAt, request.Id, ReturnStatus.Refunded));
                }
            }
        }, cancellationToken);
    }

    public async ValueTask Handle(ReturnMailRequested notification, CancellationToken cancellationToken)
    {
        const string handler = "ordering.mail-return";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var request = await db.Returns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == notification.ReturnId, cancellationToken);
            if (request is null)
            {
                return;
            }

            var culture = CultureInfo.GetCultureInfo(request.Culture);
            string Dong(long? amount) => Money.Dong(amount ?? 0).Format(culture);
            var c = request.Culture;
            var (vi, en) = notification.Step switch
            {
                ReturnStatus.Requested => (
                    $"Chúng tôi đã nhận yêu cầu trả hàng ({Dong(request.AskedVnd)}). {request.VendorName} sẽ trả lời bạn.",
                    $"We have your return request ({Dong(request.AskedVnd)}). {request.VendorName} will answer you."),
                ReturnStatus.Offered => (
                    $"{request.VendorName} đề nghị hoàn {Dong(request.OfferedVnd)}: {request.Answer}. Bạn có thể đồng ý hoặc đề nghị Liên minh HTX xem xét.",
                    $"{request.VendorName} offers {Dong(request.OfferedVnd)} back: {request.Answer}. Take it, or ask the alliance to decide."),
                ReturnStatus.Refused => (
                    $"{request.VendorName} không nhận trả hàng: {request.Answer}. Nếu chưa đồng ý, bạn có thể đề nghị Liên minh HTX xem xét.",
                    $"{request.VendorName} refused the return: {request.Answer}. If you disagree, ask the alliance to decide."),
                ReturnStatus.Disputed => (
                    "Liên minh HTX đã nhận đề nghị của bạn và sẽ quyết định.", "The alliance has your request and will decide."),
                ReturnStatus.Agreed => (
                    $"Yêu cầu trả hàng đã được chấp nhận: {Dong(request.RefundVnd)} sẽ được hoàn lại cho bạn.",
                    $"Your return is agreed: {Dong(request.RefundVnd)} will be given back to you."),
                ReturnStatus.Refunded => (
                    $"Đã hoàn {Dong(request.RefundVnd)} cho bạn.", $"{Dong(request.RefundVnd)} has been given back to you."),
                _ => (
                    $"Yêu cầu trả hàng đã khép lại, không hoàn tiền: {request.Answer}.", $"Your return is closed with no refund: {request.Answer}."),
            };
            var link = site.Link($"/orders/{request.OrderId}#returns");
            await mail.SendAsync(
                new OutgoingMail(
                    request.BuyerEmail, request.BuyerEmail,
                    Bilingual.Pick(c, $"Trả hàng đơn {request.OrderNumber}", $"Return of order {request.OrderNumber}"),
                    Bilingual.Pick(c, vi, en) + "\n\n" + link,
                    OutgoingMail.IdFor(notification.EventId, handler)),
                cancellationToken);
        }, cancellationToken);
    }
}
