using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Notices;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.CertificateReminders;
using Marketplace.Vendors.Features.Conversations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.Notices;

/// <summary>
/// Turns what other modules tell a cooperative (a new order, a request for a quote, stock running
/// low, a product now on sale) into a notice for each of its people with an account, in the
/// cooperative's language, and queues what needs acting on (<see cref="ToPhones"/>) for the phone
/// channels each chose: a product now on sale stays in the centre (and the mail), it costs no SMS.
/// Once per event: a second delivery of it adds nothing.
/// </summary>
internal sealed class RaiseNoticesHandler(VendorsDbContext db, IEnumerable<INoticeSender> senders, TimeProvider clock)
    : INotificationHandler<OrderPlacedIntegrationEvent>,
      INotificationHandler<RfqReceivedIntegrationEvent>,
      INotificationHandler<StockLowIntegrationEvent>,
      INotificationHandler<ProductPublishedIntegrationEvent>,
      INotificationHandler<CooperativeDebtIntegrationEvent>,
      INotificationHandler<CertificateExpiringSoon>,
      INotificationHandler<ContractChangedIntegrationEvent>,
      INotificationHandler<ShipmentNeedsAttentionIntegrationEvent>,
      INotificationHandler<CustomerWaiting>
{
    public static readonly IReadOnlySet<string> ToPhones = new HashSet<string>(StringComparer.Ordinal) { "order", "rfq", "stock", "debt", "message" };

    /// <summary>A customer's question waits for an answer: it rides the phones as an order does (a customer waiting is a sale waiting).</summary>
    public ValueTask Handle(CustomerWaiting notification, CancellationToken cancellationToken) =>
        RaiseAsync(notification, "vendors.notice-message", notification.CooperativeId, "message", ConversationPaths.Of(notification.ConversationId),
            culture => (
                Bilingual.Pick(culture, "Khách hỏi về ", "A customer asks about ") + CustomerWaiting.ExcerptOf(notification.Title),
                Bilingual.Pick(culture, "Hãy trả lời khách trong mục Tin nhắn.", "Answer them under Messages.")),
            cancellationToken);

    public ValueTask Handle(CooperativeDebtIntegrationEvent notification, CancellationToken cancellationToken) =>
        RaiseAsync(notification, "vendors.notice-debt", notification.CooperativeId, "debt", $"/cooperatives/{notification.CooperativeId}/ledger",
            culture => NotifyOwners.DebtWords.Compose(culture, notification, withLink: false), cancellationToken);

    public ValueTask Handle(OrderPlacedIntegrationEvent notification, CancellationToken cancellationToken) =>
        db.HandleOnceAsync(notification, "vendors.notice-order", clock, async () =>
        {
            foreach (var part in notification.Parts)
            {
                var cash = part.CashDueVnd > 0;
                await AddAsync(part.CooperativeId, "order", $"/cooperatives/{part.CooperativeId}/orders", culture => (
                        Bilingual.Pick(culture, $"Đơn hàng mới {notification.Number}", $"New order {notification.Number}").TrimEnd(),
                        Bilingual.Pick(
                            culture,
                            $"{Amount(part.TotalVnd, culture)}{(cash ? ", thu tiền khi giao" : string.Empty)}. Hãy xác nhận và đóng gói.",
                            $"{Amount(part.TotalVnd, culture)}{(cash ? ", cash on delivery" : string.Empty)}. Confirm and pack it.")),
                    cancellationToken);
            }
        }, cancellationToken);

    public ValueTask Handle(RfqReceivedIntegrationEvent notification, CancellationToken cancellationToken) =>
        RaiseAsync(notification, "vendors.notice-rfq", notification.CooperativeId, "rfq",
            $"/cooperatives/{notification.CooperativeId}/rfqs/{notification.RfqId}",
            culture => (
                Bilingual.Pick(culture, $"Yêu cầu báo giá {notification.Number}", $"Request for quotation {notification.Number}"),
                Bilingual.Pick(
                    culture,
                    $"{notification.Quantity} {notification.Unit} {notification.Subject}, "
                        + $"giao {notification.Where(culture)} trước {notification.DeliveryDate:dd/MM}.",
                    $"{notification.Quantity} {notification.Unit} of {notification.Subject} "
                        + $"{(notification.Incoterm is null ? "to " : string.Empty)}{notification.Where(culture)} by {notification.DeliveryDate:dd/MM}.")),
            cancellationToken);

    /// <summary>What a buyer did to a supply contract; it rides the channels its people chose for requests for quotation (business deals).</summary>
    public ValueTask Handle(ContractChangedIntegrationEvent notification, CancellationToken cancellationToken) =>
        notification.ByCooperative
            ? ValueTask.CompletedTask
            : RaiseAsync(notification, "vendors.notice-contract", notification.CooperativeId, "rfq", $"/contracts/{notification.ContractId}",
                culture => notification.Describe(culture, notification.BuyerEmail, $"/contracts/{notification.ContractId}"), cancellationToken);

    /// <summary>A parcel the carrier did not take, or is bringing back: it rides the order channels, as a new order does.</summary>
    public ValueTask Handle(ShipmentNeedsAttentionIntegrationEvent notification, CancellationToken cancellationToken) =>
        RaiseAsync(notification, "vendors.notice-shipment", notification.CooperativeId, "order",
            $"/cooperatives/{notification.CooperativeId}/orders#part-{notification.PartId}",
            culture =>
            {
                var (carrier, number) = (notification.Carrier, notification.OrderNumber);
                var code = $"{Bilingual.Pick(culture, "Vận đơn", "Tracking number")} {notification.TrackingCode}"
                    + (notification.Reason is { } reason ? $": {reason}" : string.Empty);
                var (titleVi, titleEn, adviceVi, adviceEn) = notification.Step switch
                {
                    ShipmentStep.PickupFailed => (
                        $"{carrier} không lấy được hàng đơn {number}", $"{carrier} could not pick up order {number}",
                        "Hãy liên hệ hãng để hẹn lại, hoặc hủy vận đơn và gửi cách khác.",
                        "Call the carrier to arrange it, or cancel the booking and ship another way."),
                    ShipmentStep.PickupDelayed => (
                        $"{carrier} hoãn lấy hàng đơn {number}", $"{carrier} put off picking up order {number}",
                        "Hãy giữ hàng sẵn sàng.", "Keep the parcel ready."),
                    ShipmentStep.Cancelled => (
                        $"{carrier} đã hủy vận đơn đơn {number}", $"{carrier} cancelled the booking of order {number}",
                        "Đơn vẫn đã đóng gói: hãy gửi lại.", "The part is still packed: book it again."),
                    _ => (
                        $"{carrier} đang hoàn đơn {number} về", $"{carrier} is sending order {number} back",
                        "Hàng sẽ về lại hợp tác xã.", "The parcel is coming back to the cooperative."),
                };
                return (Bilingual.Pick(culture, titleVi, titleEn), $"{code}. {Bilingual.Pick(culture, adviceVi, adviceEn)}");
            },
            cancellationToken);

    public ValueTask Handle(StockLowIntegrationEvent notification, CancellationToken cancellationToken) =>
        RaiseAsync(notification, "vendors.notice-stock", notification.CooperativeId, "stock", $"/cooperatives/products/{notification.ProductId}",
            culture => (
                Bilingual.Pick(culture, $"Sắp hết hàng: {notification.Sku}", $"Running low: {notification.Sku}"),
                Bilingual.Pick(culture, $"Chỉ còn {notification.Stock}. Hãy cập nhật tồn kho.", $"Only {notification.Stock} left. Update the stock.")),
            cancellationToken);

    public ValueTask Handle(ProductPublishedIntegrationEvent notification, CancellationToken cancellationToken) =>
        RaiseAsync(notification, "vendors.notice-product", notification.CooperativeId, "product", $"/cooperatives/products/{notification.ProductId}",
            culture => (
                Bilingual.Pick(culture, "Sản phẩm đã được đăng bán", "Product on sale"),
                Bilingual.Pick(culture, $"\"{notification.Name}\" đã hiển thị trên Chợ HTX.", $"\"{notification.Name}\" now shows on Co-op Market.")),
            cancellationToken);

    public ValueTask Handle(CertificateExpiringSoon notification, CancellationToken cancellationToken) =>
        RaiseAsync(notification, "vendors.notice-certificate", notification.CooperativeId, "certificate",
            $"/cooperatives/{notification.CooperativeId}/certificates",
            culture =>
            {
                var kind = notification.Kind switch
                {
                    CertificationKind.VietGap => "VietGAP",
                    CertificationKind.GlobalGap => "GlobalG.A.P.",
                    CertificationKind.Organic => Bilingual.Pick(culture, "Hữu cơ", "Organic"),
                    _ => $"OCOP {new string('★', notification.OcopStars ?? 0)}".TrimEnd(),
                };
                var of = notification.ProductName is { } product ? $" ({product})" : string.Empty;
                var on = notification.ExpiresOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                return (
                    Bilingual.Pick(culture, $"Chứng nhận {kind}{of} sắp hết hạn", $"The {kind} certificate{of} expires soon"),
                    Bilingual.Pick(
                        culture,
                        $"Số {notification.Number} hết hạn ngày {on}: sau ngày đó huy hiệu không còn hiển thị. "
                            + "Hãy gia hạn và tải lên chứng nhận mới.",
                        $"No. {notification.Number} expires on {on}: after that its badge no longer shows. Renew it and upload the new one."));
            },
            cancellationToken);

    private static string Amount(long vnd, string culture) =>
        Money.Dong(vnd).Format(CultureInfo.GetCultureInfo(culture == Cultures.English ? "en" : "vi"));

    private ValueTask RaiseAsync(
        IIntegrationEvent notification,
        string handler,
        CooperativeId cooperativeId,
        string kind,
        string link,
        Func<string, (string Title, string Detail)> compose,
        CancellationToken cancellationToken) =>
        db.HandleOnceAsync(notification, handler, clock, () => AddAsync(cooperativeId, kind, link, compose, cancellationToken), cancellationToken);

    private async Task AddAsync(
        CooperativeId cooperativeId, string kind, string link, Func<string, (string Title, string Detail)> compose, CancellationToken cancellationToken)
    {
        var cooperative = await db.Cooperatives.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cooperativeId, cancellationToken);
        if (cooperative is null)
        {
            return;
        }

        var people = await db.Members.AsNoTracking()
            .Where(m => m.CooperativeId == cooperativeId && m.UserId != null)
            .Select(m => m.UserId!.Value)
            .ToListAsync(cancellationToken);
        var settings = await db.NoticeSettings.AsNoTracking().Where(s => people.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, cancellationToken);
        var offered = senders.Select(s => s.Channel).ToHashSet();
        var (title, detail) = compose(cooperative.Culture);
        var now = clock.GetUtcNow();
        foreach (var person in people)
        {
            var notice = new Notice(Guid.NewGuid(), cooperativeId, person, kind, title, detail, link, now);
            db.Notices.Add(notice);
            if (ToPhones.Contains(kind) && settings.GetValueOrDefault(person) is { Phone: { } phone } chosen)
            {
                foreach (var channel in chosen.Channels.Where(offered.Contains))
                {
                    db.NoticeDeliveries.Add(new NoticeDelivery(Guid.NewGuid(), notice, channel, phone, now));
                }
            }
        }
    }
}
