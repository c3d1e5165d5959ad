using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.Conversations;

/// <summary>
/// A customer's message made a conversation wait for the cooperative: its people are told once
/// (in the notification centre, and by Zalo or SMS as they chose), not at each message after. The
/// customer's words stay on the site: the alliance's sender never carries what a stranger wrote.
/// </summary>
internal sealed record CustomerWaiting(Guid EventId, DateTimeOffset OccurredAt, Guid ConversationId, CooperativeId CooperativeId, string Title)
    : IIntegrationEvent
{
    /// <summary>The first <paramref name="length"/> characters of a text, with an ellipsis when it goes on.</summary>
    public static string ExcerptOf(string text, int length = 160) => text.Length > length ? text[..length] + "…" : text;
}

/// <summary>The cooperative answered: the customer is mailed the answer.</summary>
internal sealed record AnswerMailDue(Guid EventId, DateTimeOffset OccurredAt, Guid ConversationId, Guid MessageId) : IIntegrationEvent;

/// <summary>
/// Mails the customer each answer, in the language they last wrote in, with the answer itself and
/// the link to go on. Once per answer: a redelivered event sends nothing, a resend after a crash
/// carries the same Message-ID.
/// </summary>
internal sealed class ConversationMailsHandler(VendorsDbContext db, IMailSender mail, PublicSite site, TimeProvider clock)
    : INotificationHandler<AnswerMailDue>
{
    private const string Handler = "vendors.conversation-answer";

    public async ValueTask Handle(AnswerMailDue notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, Handler, clock, async () =>
        {
            var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == notification.ConversationId, cancellationToken);
            var message = await db.ConversationMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == notification.MessageId, cancellationToken);
            if (conversation is null || message is null)
            {
                return;
            }

            var culture = conversation.Culture;
            var link = site.Link(ConversationPaths.Of(conversation.Id));
            var subject = Bilingual.Pick(
                culture, $"{message.AuthorName} trả lời về {conversation.Title}", $"{message.AuthorName} answered about {conversation.Title}");
            var body = Bilingual.Pick(
                culture,
                $"{message.AuthorName} trả lời:\n\n{message.Text}\n\nXem và trả lời tại {link}",
                $"{message.AuthorName} wrote:\n\n{message.Text}\n\nRead and answer at {link}");
            var id = OutgoingMail.IdFor(notification.EventId, Handler);
            await mail.SendAsync(new OutgoingMail(conversation.CustomerEmail, conversation.CustomerName, subject, body, id), cancellationToken);
        }, cancellationToken);
}
