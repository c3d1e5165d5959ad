using System.Globalization;
using System.Text.Json.Serialization;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>Asks, through the outbox, for the buyer's mail about a cooperative's answer (a quote, a revision, a decline).</summary>
internal sealed record QuoteMailRequested(
    Guid EventId, DateTimeOffset OccurredAt, Guid RfqId, [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId)
    : IIntegrationEvent;

/// <summary>
/// Mails the buyer each answer to their request, in both languages (a request does not record
/// the buyer's). A second delivery sends nothing.
/// </summary>
internal sealed class RfqMailsHandler(OrderingDbContext db, IMailSender mail, TimeProvider clock) : INotificationHandler<QuoteMailRequested>
{
    public async ValueTask Handle(QuoteMailRequested notification, CancellationToken cancellationToken)
    {
        const string handler = "ordering.mail-quote";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var request = await db.QuoteRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == notification.RfqId, cancellationToken);
            var quote = request?.Quotes.SingleOrDefault(q => q.CooperativeId == notification.CooperativeId);
            if (request is not null && quote is not null)
            {
                var declined = quote.Status == QuoteStatus.Declined;
                var subject = declined
                    ? $"{quote.VendorName} từ chối yêu cầu {request.Number} / declined {request.Number}"
                    : $"Báo giá mới cho {request.Number} từ {quote.VendorName} / a quote from {quote.VendorName}";
                var body = declined
                    ? $"{quote.VendorName} không nhận yêu cầu báo giá {request.Number}. {quote.Note}\n\n"
                      + $"{quote.VendorName} declined request {request.Number}."
                    : $"{quote.VendorName} báo giá {quote.Quantity} {request.Unit.Label()} {request.Subject}, "
                      + $"{Money.Dong(quote.UnitPriceVnd).Format(CultureInfo.GetCultureInfo("vi"))} mỗi {request.Unit.Label()}, "
                      + $"hiệu lực đến {quote.ValidUntil:dd/MM/yyyy}. Xem và chấp nhận tại /business/rfqs/{request.Id}.\n\n"
                      + $"{quote.VendorName} quotes {quote.Quantity} {request.Unit.Label()} of {request.Subject} "
                      + $"at {Money.Dong(quote.UnitPriceVnd).Format(CultureInfo.InvariantCulture)} per {request.Unit.Label()}, "
                      + $"valid until {quote.ValidUntil:yyyy-MM-dd}. See and accept at /business/rfqs/{request.Id}.";
                await mail.SendAsync(
                    new OutgoingMail(
                        request.BuyerEmail, request.CompanyName ?? request.BuyerEmail, subject, body, OutgoingMail.IdFor(notification.EventId, handler)),
                    cancellationToken);
            }
        }, cancellationToken);
    }
}
