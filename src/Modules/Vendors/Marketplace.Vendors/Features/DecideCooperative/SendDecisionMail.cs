using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Data;
using Mediator;

namespace Marketplace.Vendors.Features.DecideCooperative;

/// <summary>Mails the applicant the admin's decision, in the language they applied in.</summary>
internal sealed class SendDecisionMailHandler(VendorsDbContext db, IMailSender mail, PublicSite site, TimeProvider clock)
    : INotificationHandler<CooperativeDecisionMailRequested>
{
    private const string HandlerName = "vendors.send-decision-mail";

    public async ValueTask Handle(CooperativeDecisionMailRequested notification, CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(notification, HandlerName, clock, async () =>
        {
            var cooperative = await db.Cooperatives.FindAsync([notification.CooperativeId], cancellationToken);
            if (cooperative is not null)
            {
                var (subject, body) = DecisionMail.Compose(cooperative.Culture, cooperative.LegalName, notification.Decision, notification.Reason);
                if (notification.Decision == CooperativeDecision.Approve)
                {
                    // Straight to what is left to start selling (the Today screen lists it), one tap from the mail.
                    var today = site.Link($"/cooperatives/{cooperative.Id}/today");
                    body += cooperative.Culture == "en" ? $"\n\nStart selling: {today}" : $"\n\nBắt đầu bán hàng: {today}";
                }

                await mail.SendAsync(
                    new OutgoingMail(cooperative.OwnerEmail, cooperative.ContactPerson, subject, body, OutgoingMail.IdFor(notification.EventId, HandlerName)),
                    cancellationToken);
            }
        }, cancellationToken);
    }
}

internal static class DecisionMail
{
    public static (string Subject, string Body) Compose(string culture, string cooperative, CooperativeDecision decision, string? reason)
    {
        var english = culture == "en";
        var reasonLine = string.IsNullOrEmpty(reason) ? string.Empty : (english ? $"\n\nReason: {reason}" : $"\n\nLý do: {reason}");
        return (english, decision) switch
        {
            (false, CooperativeDecision.Approve) => (
                $"{cooperative} đã được duyệt",
                $"Chúc mừng! Liên minh HTX đã duyệt hồ sơ của {cooperative}. Gian hàng của bạn đã mở trên Chợ HTX."),
            (true, CooperativeDecision.Approve) => (
                $"{cooperative} is approved",
                $"Congratulations! The Cooperative Alliance approved {cooperative}. Your storefront is now open on Co-op Market."),
            (false, CooperativeDecision.Reject) => (
                $"Hồ sơ {cooperative} chưa được duyệt",
                $"Rất tiếc, hồ sơ của {cooperative} chưa được duyệt.{reasonLine}"),
            (true, CooperativeDecision.Reject) => (
                $"{cooperative}'s application was not approved",
                $"We are sorry: the application of {cooperative} was not approved.{reasonLine}"),
            (false, CooperativeDecision.RequestChanges) => (
                $"Hồ sơ {cooperative} cần bổ sung",
                $"Liên minh HTX đề nghị bổ sung hồ sơ của {cooperative}.{reasonLine}"),
            (true, CooperativeDecision.RequestChanges) => (
                $"{cooperative}'s application needs changes",
                $"The Cooperative Alliance asks for changes to the application of {cooperative}.{reasonLine}"),
            (false, CooperativeDecision.Suspend) => (
                $"Gian hàng {cooperative} bị tạm ngừng",
                $"Gian hàng của {cooperative} đã bị tạm ngừng; các đơn hàng đang có vẫn được giao.{reasonLine}"),
            (true, CooperativeDecision.Suspend) => (
                $"{cooperative}'s storefront is suspended",
                $"The storefront of {cooperative} is suspended; orders already placed can still be fulfilled.{reasonLine}"),
            (false, _) => ($"Gian hàng {cooperative} hoạt động trở lại", $"Gian hàng của {cooperative} đã được mở lại."),
            (true, _) => ($"{cooperative}'s storefront is open again", $"The storefront of {cooperative} is open again."),
        };
    }
}
