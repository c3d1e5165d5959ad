using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.NotifyOwners;

/// <summary>
/// Mails a cooperative's owners what other modules tell them: that a product is now on sale, that a
/// variant runs low and needs restocking, or that a business asks it for a quote. In the language
/// the cooperative applied in.
/// </summary>
internal sealed class NotifyOwnersHandler(VendorsDbContext db, IMailSender mail, TimeProvider clock)
    : INotificationHandler<ProductPublishedIntegrationEvent>,
      INotificationHandler<StockLowIntegrationEvent>,
      INotificationHandler<RfqReceivedIntegrationEvent>
{
    public ValueTask Handle(RfqReceivedIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "vendors.notify-rfq", notification.CooperativeId, culture => (
            Bilingual.Pick(
                culture,
                $"Yêu cầu báo giá {notification.Number}: {notification.Quantity} {notification.Unit} {notification.Subject}",
                $"Request for quotation {notification.Number}: {notification.Quantity} {notification.Unit} of {notification.Subject}"),
            Bilingual.Pick(
                culture,
                $"Một doanh nghiệp cần {notification.Quantity} {notification.Unit} {notification.Subject}, "
                    + $"giao đến {notification.DeliveryProvince} trước ngày {notification.DeliveryDate:dd/MM/yyyy}. "
                    + $"Hãy báo giá hoặc từ chối tại /cooperatives/{notification.CooperativeId}/rfqs/{notification.RfqId}.",
                $"A business needs {notification.Quantity} {notification.Unit} of {notification.Subject}, "
                    + $"delivered to {notification.DeliveryProvince} by {notification.DeliveryDate:yyyy-MM-dd}. "
                    + $"Quote or decline at /cooperatives/{notification.CooperativeId}/rfqs/{notification.RfqId}.")),
            cancellationToken);

    public ValueTask Handle(ProductPublishedIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "vendors.notify-product-published", notification.CooperativeId, culture => (
            Bilingual.Pick(culture, $"Sản phẩm \"{notification.Name}\" đã được đăng bán", $"\"{notification.Name}\" is on sale"),
            Bilingual.Pick(
                culture,
                $"Sản phẩm \"{notification.Name}\" đã hiển thị trên Chợ HTX, người mua có thể đặt hàng.",
                $"\"{notification.Name}\" now shows on Co-op Market and can be ordered.")),
            cancellationToken);

    public ValueTask Handle(StockLowIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "vendors.notify-stock-low", notification.CooperativeId, culture => (
            Bilingual.Pick(culture, $"Sắp hết hàng: {notification.Sku}", $"Running low: {notification.Sku}"),
            Bilingual.Pick(
                culture,
                $"Mã {notification.Sku} chỉ còn {notification.Stock}. Hãy cập nhật tồn kho để không lỡ đơn hàng.",
                $"Only {notification.Stock} of {notification.Sku} left. Update the stock so as not to miss orders.")),
            cancellationToken);

    private async ValueTask SendAsync(
        IIntegrationEvent notification,
        string handler,
        CooperativeId cooperativeId,
        Func<string, (string Subject, string Body)> compose,
        CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var cooperative = await db.Cooperatives.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cooperativeId, cancellationToken);
            if (cooperative is not null)
            {
                var (subject, body) = compose(cooperative.Culture);
                var owners = await db.Members.AsNoTracking()
                    .Where(m => m.CooperativeId == cooperativeId && m.Role == MemberRole.Owner)
                    .Select(m => m.Email)
                    .ToListAsync(cancellationToken);
                foreach (var owner in owners)
                {
                    await mail.SendAsync(
                        new OutgoingMail(owner.ToLowerInvariant(), cooperative.Name, subject, body, OutgoingMail.IdFor(notification.EventId, handler, owner)),
                        cancellationToken);
                }
            }
        }, cancellationToken);
    }
}
