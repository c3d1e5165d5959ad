using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Mediator;

namespace Marketplace.Vendors.Features.ManageStaff;

/// <summary>Asks for the invitation mail through the outbox: sent only for an invitation that was saved.</summary>
internal sealed record StaffInvitationMailRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    CooperativeId CooperativeId,
    string Email,
    StaffRole Role,
    string Culture) : IIntegrationEvent;

internal sealed class SendStaffInvitationMailHandler(VendorsDbContext db, IMailSender mail, TimeProvider clock)
    : INotificationHandler<StaffInvitationMailRequested>
{
    private const string HandlerName = "vendors.send-staff-invitation";

    public async ValueTask Handle(StaffInvitationMailRequested notification, CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(notification, HandlerName, clock, async () =>
        {
            var cooperative = await db.Cooperatives.FindAsync([notification.CooperativeId], cancellationToken);
            if (cooperative is not null)
            {
                var role = notification.Role == StaffRole.Owner
                    ? Bilingual.Pick(notification.Culture, "chủ gian hàng", "an owner")
                    : Bilingual.Pick(notification.Culture, "nhân viên", "staff");
                var subject = Bilingual.Pick(
                    notification.Culture, $"Lời mời tham gia gian hàng {cooperative.Name}", $"You are invited to {cooperative.Name}'s storefront");
                var body = Bilingual.Pick(
                    notification.Culture,
                    $"Bạn được mời làm {role} của gian hàng {cooperative.Name} trên Chợ HTX. "
                        + $"Hãy đăng nhập (hoặc đăng ký) bằng địa chỉ {notification.Email} và mở mục \"Bán hàng\".",
                    $"You are invited as {role} of {cooperative.Name}'s storefront on Co-op Market. "
                        + $"Sign in (or register) with {notification.Email} and open \"Sell\".");
                await mail.SendAsync(
                    new OutgoingMail(notification.Email, notification.Email, subject, body, OutgoingMail.IdFor(notification.EventId, HandlerName)),
                    cancellationToken);
            }
        }, cancellationToken);
    }
}
