using Marketplace.SharedKernel.Mail;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests;

/// <summary>The host's mail sender: a mail with a stable id goes out once, however often (and however simultaneously) its event is delivered.</summary>
public sealed class MailDeliveryTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task AMailWithAStableId_IsSentOnce_EvenWhenItsEventIsDeliveredAgainOrTwiceAtOnce()
    {
        var sender = factory.Services.GetRequiredService<IMailSender>();
        var to = $"mot-lan-{Guid.NewGuid():N}@example.vn";
        var id = OutgoingMail.IdFor(Guid.NewGuid(), "tests.mail-once");
        OutgoingMail Mail(string subject) => new(to, "Lan", subject, "Nội dung", id);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => sender.SendAsync(Mail("Lần đầu"), CancellationToken.None)));
        await sender.SendAsync(Mail("Lần sau"), CancellationToken.None);
        await sender.SendAsync(
            new OutgoingMail(to, "Lan", "Thư khác", "Nội dung", OutgoingMail.IdFor(Guid.NewGuid(), "tests.mail-once")), CancellationToken.None);

        var mails = Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => b.Address == to)).ToList();
        Assert.Equal(["Lần đầu", "Thư khác"], mails.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.Contains(mails, m => m.MessageId == $"{id}@htx-marketplace.vn");
    }
}
