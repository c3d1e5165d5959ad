using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Vendors.Domain;

/// <summary>What a conversation is about: a product, an order, or the cooperative itself.</summary>
internal enum ConversationTopic
{
    Product,
    Order,
    Cooperative,
}

/// <summary>Which side wrote a message, or reported the conversation.</summary>
internal enum ConversationSide
{
    Customer,
    Cooperative,
}

/// <summary>
/// A shopper or buyer talking with one cooperative about one thing (a product, an order, or the
/// cooperative): asking again about the same thing continues the same conversation. Each side has
/// read up to a moment; the cooperative's people are told when it starts to wait for them, the
/// customer by mail at each answer. Either side may report it as abuse, and only then may the
/// alliance's admins read it.
/// </summary>
internal sealed class Conversation
{
    /// <summary>The most one person may write to cooperatives in an hour: a person, not a script.</summary>
    public const int CustomerMessagesPerHour = 30;

    private Conversation()
    {
    }

    public Conversation(
        CooperativeId cooperativeId, UserId customerId, string customerEmail, string customerName, string culture,
        ConversationTopic topic, Guid topicId, string title, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        CooperativeId = cooperativeId;
        CustomerId = customerId;
        CustomerEmail = customerEmail;
        CustomerName = customerName;
        Culture = culture;
        Topic = topic;
        TopicId = topicId;
        Title = title;
        StartedAt = at;
        LastMessageAt = at;
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public UserId CustomerId { get; private set; }

    /// <summary>Where the cooperative's answers are mailed, and in which language: as the customer last wrote.</summary>
    public string CustomerEmail { get; private set; } = string.Empty;

    public string CustomerName { get; private set; } = string.Empty;

    public string Culture { get; private set; } = Cultures.Vietnamese;

    public ConversationTopic Topic { get; private set; }

    /// <summary>The product's or order's id; the cooperative's own for a question about it.</summary>
    public Guid TopicId { get; private set; }

    /// <summary>What the topic was called when asked: the product's name, the order's number, the cooperative's name.</summary>
    public string Title { get; private set; } = string.Empty;

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset LastMessageAt { get; private set; }

    /// <summary>The customer wrote last: the cooperative owes an answer.</summary>
    public bool AwaitingCooperative { get; private set; }

    /// <summary>When the cooperative last wrote.</summary>
    public DateTimeOffset? CooperativeAnsweredAt { get; private set; }

    public DateTimeOffset? CustomerReadAt { get; private set; }

    public DateTimeOffset? CooperativeReadAt { get; private set; }

    public DateTimeOffset? ReportedAt { get; private set; }

    public ConversationSide? ReportedBy { get; private set; }

    public string? ReportReason { get; private set; }

    /// <summary>When an admin read the report and closed it.</summary>
    public DateTimeOffset? ReviewedAt { get; private set; }

    public List<ConversationMessage> Messages { get; private set; } = [];

    /// <summary>
    /// Checked by each save: of two messages written from the same read, the second is refused
    /// (a conflict, to send again) rather than leaving the conversation waiting or not by chance.
    /// </summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>
    /// Adds a message from one side. True when the customer's message makes the conversation wait
    /// for the cooperative (it did not before): that, not each message, is when its people are told.
    /// </summary>
    public bool Write(ConversationSide side, UserId author, string authorName, string text, (string Email, string Culture)? customer, DateTimeOffset at)
    {
        Messages.Add(new ConversationMessage(Id, side, author, authorName, text, at));
        LastMessageAt = at;
        Version = Guid.NewGuid();
        if (side == ConversationSide.Customer)
        {
            CustomerReadAt = at;
            (CustomerEmail, Culture) = customer ?? (CustomerEmail, Culture);
            var startsWaiting = !AwaitingCooperative;
            AwaitingCooperative = true;
            return startsWaiting;
        }

        (CooperativeReadAt, CooperativeAnsweredAt, AwaitingCooperative) = (at, at, false);
        return false;
    }

    /// <summary>Unread for a side: the other side wrote after it last read.</summary>
    public bool UnreadBy(ConversationSide side) =>
        side == ConversationSide.Customer
            ? CooperativeAnsweredAt is { } answered && (CustomerReadAt is null || answered > CustomerReadAt)
            : AwaitingCooperative && (CooperativeReadAt is null || LastMessageAt > CooperativeReadAt);

    /// <summary>A report stands once made: a second one from either side keeps the first reason and time.</summary>
    public void Report(ConversationSide by, string reason, DateTimeOffset at)
    {
        if (ReportedAt is not null && ReviewedAt is null)
        {
            return;
        }

        (ReportedAt, ReportedBy, ReportReason, ReviewedAt) = (at, by, reason, null);
        Version = Guid.NewGuid();
    }

    public void Review(DateTimeOffset at)
    {
        ReviewedAt ??= at;
        Version = Guid.NewGuid();
    }
}

/// <summary>One message, as written; nobody edits or deletes it (a report is read as it was).</summary>
internal sealed class ConversationMessage
{
    public const int MaxLength = 2000;

    private ConversationMessage()
    {
    }

    public ConversationMessage(Guid conversationId, ConversationSide side, UserId author, string authorName, string text, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        ConversationId = conversationId;
        Side = side;
        AuthorId = author;
        AuthorName = authorName;
        Text = text;
        SentAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ConversationId { get; private set; }

    public ConversationSide Side { get; private set; }

    public UserId AuthorId { get; private set; }

    public string AuthorName { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset SentAt { get; private set; }
}

/// <summary>An answer a cooperative gives often (delivery times, how to keep the tea), kept to answer with in a tap.</summary>
internal sealed class QuickReply
{
    public const int Limit = 30;

    public const int TitleLength = 60;

    public const int TextLength = 1000;

    private QuickReply()
    {
    }

    public QuickReply(CooperativeId cooperativeId, string title, string text, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        CooperativeId = cooperativeId;
        Title = title;
        Text = text;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }
}
