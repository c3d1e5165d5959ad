using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.NotifyOwners;

/// <summary>
/// Mails a cooperative's owners what other modules tell them: that a product is now on sale, that a
/// variant runs low and needs restocking, that a business asks it for a quote, or that the
/// alliance asks it to pay what it owes. In the language
/// the cooperative applied in.
/// </summary>
internal sealed class NotifyOwnersHandler(VendorsDbContext db, IMailSender mail, TimeProvider clock)
    : INotificationHandler<ProductPublishedIntegrationEvent>,
      INotificationHandler<StockLowIntegrationEvent>,
      INotificationHandler<RfqReceivedIntegrationEvent>,
      INotificationHandler<CooperativeDebtIntegrationEvent>,
      INotificationHandler<ContractChangedIntegrationEvent>,
      INotificationHandler<ReturnRequestedIntegrationEvent>
{
    /// <summary>What a buyer did to one of its supply contracts (what the cooperative did, Ordering mails the buyer).</summary>
    public ValueTask Handle(ContractChangedIntegrationEvent notification, CancellationToken cancellationToken) =>
        notification.ByCooperative
            ? ValueTask.CompletedTask
            : SendAsync(notification, "vendors.notify-contract", notification.CooperativeId,
                culture => notification.Describe(culture, notification.BuyerEmail, $"/contracts/{notification.ContractId}"), cancellationToken);

    public ValueTask Handle(CooperativeDebtIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(
            notification, "vendors.notify-debt", notification.CooperativeId, culture => DebtWords.Compose(culture, notification, withLink: true),
            cancellationToken);

    public ValueTask Handle(ReturnRequestedIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "vendors.notify-return", notification.CooperativeId, culture => (
            Bilingual.Pick(culture, $"Yêu cầu trả hàng đơn {notification.OrderNumber}", $"Return requested on order {notification.OrderNumber}"),
            Bilingual.Pick(
                culture,
                $"Người mua muốn trả lại hàng của đơn {notification.OrderNumber} ({notification.Reason}) và xin hoàn "
                    + $"{Money.Dong(notification.AskedVnd).Format(CultureInfo.GetCultureInfo("vi"))}. "
                    + $"Hãy chấp nhận, đề nghị hoàn một phần hoặc từ chối tại /cooperatives/{notification.CooperativeId}/returns.",
                $"A shopper asks to send back goods of order {notification.OrderNumber} ({notification.Reason}) for "
                    + $"{Money.Dong(notification.AskedVnd).Format(CultureInfo.InvariantCulture)}. "
                    + $"Accept, offer part of it or refuse at /cooperatives/{notification.CooperativeId}/returns.")),
            cancellationToken);

    public ValueTask Handle(RfqReceivedIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "vendors.notify-rfq", notification.CooperativeId, culture => (
            Bilingual.Pick(
                culture,
                $"Yêu cầu báo giá {notification.Number}: {notification.Quantity} {notification.Unit} {notification.Subject}",
                $"Request for quotation {notification.Number}: {notification.Quantity} {notification.Unit} of {notification.Subject}"),
            Bilingual.Pick(
                culture,
                $"Một doanh nghiệp cần {notification.Quantity} {notification.Unit} {notification.Subject}, "
                    + $"giao {(notification.Incoterm is null ? "đến " : string.Empty)}{notification.Where(culture)} "
                    + $"trước ngày {notification.DeliveryDate:dd/MM/yyyy}. "
                    + $"Hãy báo giá hoặc từ chối tại /cooperatives/{notification.CooperativeId}/rfqs/{notification.RfqId}.",
                $"A business needs {notification.Quantity} {notification.Unit} of {notification.Subject}, "
                    + $"delivered {(notification.Incoterm is null ? "to " : string.Empty)}{notification.Where(culture)} "
                    + $"by {notification.DeliveryDate:yyyy-MM-dd}. "
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

/// <summary>What a cooperative is told of its debt to the alliance, at each step, in its language.</summary>
internal static class DebtWords
{
    public static (string Title, string Detail) Compose(string culture, CooperativeDebtIntegrationEvent debt, bool withLink)
    {
        var money = CultureInfo.GetCultureInfo(culture == Cultures.English ? "en" : "vi");
        var owed = Money.Dong(debt.OwedVnd).Format(money);
        var due = debt.DueBy.ToOffset(VietnamTime.Offset).ToString(culture == Cultures.English ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture);
        var link = withLink ? Bilingual.Pick(culture, $" Xem và quét mã VietQR tại /cooperatives/{debt.CooperativeId}/ledger.",
            $" See it and scan the VietQR code at /cooperatives/{debt.CooperativeId}/ledger.") : string.Empty;
        var pay = Bilingual.Pick(culture, $"chuyển khoản {owed} với nội dung {debt.Reference}", $"transfer {owed} with the description {debt.Reference}");
        return debt.Notice switch
        {
            DebtNotice.Requested => (
                Bilingual.Pick(culture, $"Đề nghị nộp công nợ {owed}", $"Please pay what you owe: {owed}"),
                Bilingual.Pick(culture, $"Hoa hồng trên các đơn thu tiền khi giao: hãy {pay} trước ngày {due}.{link}",
                    $"Commission on your cash-on-delivery orders: please {pay} by {due}.{link}")),
            DebtNotice.Reminder => (
                Bilingual.Pick(culture, $"Nhắc nộp công nợ {owed}", $"Reminder: {owed} still owed"),
                Bilingual.Pick(culture, $"Hãy {pay} trước ngày {due}; quá hạn, gian hàng sẽ tạm ngừng nhận đơn mới.{link}",
                    $"Please {pay} by {due}; past it, your storefront stops taking new orders.{link}")),
            DebtNotice.SalesPaused => (
                Bilingual.Pick(culture, "Gian hàng tạm ngừng nhận đơn mới", "Your storefront stopped taking new orders"),
                Bilingual.Pick(culture, $"Công nợ {owed} đã quá hạn. Đơn đang có vẫn giao bình thường; hãy {pay} để mở lại ngay.{link}",
                    $"{owed} is overdue. Orders already placed go on as usual; {pay} to open again at once.{link}")),
            _ => (
                Bilingual.Pick(culture, "Đã thanh toán công nợ", "What you owed is paid"),
                Bilingual.Pick(culture, "Cảm ơn! Công nợ với Liên minh đã được thanh toán; gian hàng nhận đơn bình thường.",
                    "Thank you! What you owed the alliance is paid; your storefront takes orders as usual.")),
        };
    }
}
