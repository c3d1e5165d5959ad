using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Web;
using Mediator;

namespace Marketplace.Ordering.Features.Contracts;

/// <summary>
/// Mails the buyer what the cooperative did to their contract (a counter-offer, an acceptance, a
/// pause …), in the buyer's language, with the link to answer. What the buyer did reaches the
/// cooperative's people through Vendors (a notice and a mail). A second delivery sends nothing.
/// </summary>
internal sealed class ContractMailsHandler(OrderingDbContext db, IMailSender mail, PublicSite site, TimeProvider clock)
    : INotificationHandler<ContractChangedIntegrationEvent>
{
    public async ValueTask Handle(ContractChangedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (!notification.ByCooperative)
        {
            return;
        }

        const string handler = "ordering.mail-contract";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var link = site.Link($"/contracts/{notification.ContractId}");
            var (subject, body) = notification.Describe(notification.BuyerCulture, notification.VendorName, link);
            await mail.SendAsync(
                new OutgoingMail(notification.BuyerEmail, notification.BuyerEmail, subject, body, OutgoingMail.IdFor(notification.EventId, handler)),
                cancellationToken);
        }, cancellationToken);
    }
}
