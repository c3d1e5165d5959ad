using System.Text.Json.Serialization;
using FluentValidation;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.Conversations;

/// <summary>
/// A signed-in person asks a cooperative about one of its products on sale, about their own order
/// with it, or about the cooperative itself: the first question starts the conversation, the next
/// ones about the same thing continue it. Give a product alone, an order with the cooperative, or
/// the cooperative alone.
/// </summary>
internal sealed record AskCooperativeCommand(
    UserId CustomerId, string Email, string Name, string Culture, ProductId? ProductId, OrderId? OrderId, CooperativeId? CooperativeId, string Text)
    : ICommand<Result<ConversationView>>, IRunsIn<VendorsTransaction>;

/// <summary>The next message in a conversation, from its customer or from one of the cooperative's people.</summary>
internal sealed record WriteMessageCommand(Guid ConversationId, UserId AuthorId, string AuthorName, string Email, string Culture, string Text)
    : ICommand<Result<ConversationView>>, IRunsIn<VendorsTransaction>;

/// <summary>A conversation opened by one of its sides, who has then read it; an admin reads one reported, and marks nothing.</summary>
internal sealed record OpenConversationCommand(Guid ConversationId, UserId ViewerId, bool Admin)
    : ICommand<Result<ConversationView>>, IRunsIn<VendorsTransaction>;

/// <summary>Either side reports a conversation as abuse: from then on the alliance's admins may read it.</summary>
internal sealed record ReportConversationCommand(Guid ConversationId, UserId PersonId, string Reason)
    : ICommand<Result<ConversationView>>, IRunsIn<VendorsTransaction>;

/// <summary>An admin has read a reported conversation and closes the report; the audit log keeps who, and what was reported.</summary>
internal sealed record ReviewConversationReportCommand(Guid ConversationId, UserId AdminId, string AdminName)
    : ICommand<Result<Done>>, IRunsIn<VendorsTransaction>;

/// <summary>A person's conversations with cooperatives, the latest first.</summary>
internal sealed record ListMyConversationsQuery(UserId CustomerId) : IQuery<IReadOnlyList<ConversationSummary>>;

/// <summary>A cooperative's conversations, those waiting for its answer first, then the latest (or only those waiting), and its quick replies.</summary>
internal sealed record ListCooperativeConversationsQuery(CooperativeId CooperativeId, UserId ActorId, bool WaitingOnly = false)
    : IQuery<Result<CooperativeInbox>>;

/// <summary>
/// What a person would ask about, before they write: the cooperative and the thing's name, and the
/// conversation about it they already have, if any (the page then opens that one).
/// </summary>
internal sealed record FindAskTopicQuery(UserId CustomerId, string Culture, ProductId? ProductId, OrderId? OrderId, CooperativeId? CooperativeId)
    : IQuery<Result<AskTopic>>;

internal sealed record AskTopic(CooperativeId CooperativeId, string CooperativeName, ConversationTopic Topic, string Title, Guid? ConversationId);

/// <summary>The conversations reported as abuse, those not yet reviewed first.</summary>
internal sealed record ListReportedConversationsQuery : IQuery<IReadOnlyList<ConversationSummary>>;

internal sealed record ListQuickRepliesQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<IReadOnlyList<QuickReplyView>>>;

internal sealed record AddQuickReplyCommand(CooperativeId CooperativeId, UserId ActorId, string Title, string Text)
    : ICommand<Result<QuickReplyView>>, IRunsIn<VendorsTransaction>;

internal sealed record RemoveQuickReplyCommand(CooperativeId CooperativeId, UserId ActorId, Guid QuickReplyId)
    : ICommand<Result<Done>>, IRunsIn<VendorsTransaction>;

internal sealed record MessageView(Guid Id, ConversationSide Side, string AuthorName, string Text, DateTimeOffset SentAt);

/// <summary>
/// A conversation as one of its sides (or an admin, <see cref="Viewer"/> null) reads it, with the
/// place its topic is seen by that side.
/// </summary>
internal sealed record ConversationView(
    Guid Id,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string CooperativeName,
    string CustomerName,
    ConversationTopic Topic,
    Guid TopicId,
    string Title,
    string TopicLink,
    ConversationSide? Viewer,
    bool AwaitingCooperative,
    DateTimeOffset? ReportedAt,
    ConversationSide? ReportedBy,
    string? ReportReason,
    DateTimeOffset? ReviewedAt,
    IReadOnlyList<MessageView> Messages);

internal sealed record ConversationSummary(
    Guid Id,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string CooperativeName,
    string CustomerName,
    ConversationTopic Topic,
    string Title,
    DateTimeOffset LastMessageAt,
    string LastText,
    bool AwaitingCooperative,
    bool Unread,
    DateTimeOffset? ReportedAt,
    DateTimeOffset? ReviewedAt);

internal sealed record QuickReplyView(Guid Id, string Title, string Text);

internal sealed record CooperativeInbox(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string Name,
    int Waiting,
    IReadOnlyList<ConversationSummary> Conversations,
    IReadOnlyList<QuickReplyView> QuickReplies);

internal sealed class AskCooperativeValidator : AbstractValidator<AskCooperativeCommand>
{
    public AskCooperativeValidator()
    {
        RuleFor(c => c.Text).IsMessageText();
        RuleFor(c => c.ProductId)
            .Must((c, product) => product is not null
                ? c.OrderId is null && c.CooperativeId is null
                : c.CooperativeId is not null)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy hỏi về một sản phẩm, về đơn hàng của bạn với một hợp tác xã, hoặc về một hợp tác xã.",
                "Ask about a product, about your order with a cooperative, or about a cooperative."));
    }
}

internal sealed class WriteMessageValidator : AbstractValidator<WriteMessageCommand>
{
    public WriteMessageValidator() => RuleFor(c => c.Text).IsMessageText();
}

internal sealed class ReportConversationValidator : AbstractValidator<ReportConversationCommand>
{
    public ReportConversationValidator() =>
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length <= 500)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy cho biết điều gì sai (tối đa 500 ký tự).", "Say what is wrong (at most 500 characters)."));
}

internal sealed class AddQuickReplyValidator : AbstractValidator<AddQuickReplyCommand>
{
    public AddQuickReplyValidator()
    {
        RuleFor(c => c.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= QuickReply.TitleLength)
            .WithMessage(_ => Bilingual.Pick(
                $"Hãy đặt tên ngắn cho câu trả lời (tối đa {QuickReply.TitleLength} ký tự).",
                $"Give the reply a short name (at most {QuickReply.TitleLength} characters)."));
        RuleFor(c => c.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= QuickReply.TextLength)
            .WithMessage(_ => Bilingual.Pick(
                $"Hãy viết câu trả lời (tối đa {QuickReply.TextLength} ký tự).", $"Write the reply (at most {QuickReply.TextLength} characters)."));
    }
}

internal static class MessageTextRule
{
    /// <summary>A message has words, and not a book of them.</summary>
    public static IRuleBuilderOptions<T, string> IsMessageText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= ConversationMessage.MaxLength)
            .WithMessage(_ => Bilingual.Pick(
                $"Hãy viết tin nhắn (tối đa {ConversationMessage.MaxLength} ký tự).",
                $"Write a message (at most {ConversationMessage.MaxLength} characters)."));
}

internal sealed class ConversationsHandler(VendorsDbContext db, Membership membership, ISender sender, TimeProvider clock)
    : ICommandHandler<AskCooperativeCommand, Result<ConversationView>>,
      ICommandHandler<WriteMessageCommand, Result<ConversationView>>,
      ICommandHandler<OpenConversationCommand, Result<ConversationView>>,
      ICommandHandler<ReportConversationCommand, Result<ConversationView>>,
      ICommandHandler<ReviewConversationReportCommand, Result<Done>>,
      IQueryHandler<ListMyConversationsQuery, IReadOnlyList<ConversationSummary>>,
      IQueryHandler<ListCooperativeConversationsQuery, Result<CooperativeInbox>>,
      IQueryHandler<FindAskTopicQuery, Result<AskTopic>>,
      IQueryHandler<ListReportedConversationsQuery, IReadOnlyList<ConversationSummary>>,
      IQueryHandler<ListQuickRepliesQuery, Result<IReadOnlyList<QuickReplyView>>>,
      ICommandHandler<AddQuickReplyCommand, Result<QuickReplyView>>,
      ICommandHandler<RemoveQuickReplyCommand, Result<Done>>
{
    private const int ListLimit = 100;

    public static Error NotFound => Error.NotFound(
        "conversation.not_found", Bilingual.Pick("Không tìm thấy cuộc trò chuyện.", "No such conversation."));

    public async ValueTask<Result<AskTopic>> Handle(FindAskTopicQuery query, CancellationToken cancellationToken)
    {
        var topic = await TopicAsync(query.CustomerId, query.Culture, query.ProductId, query.OrderId, query.CooperativeId, cancellationToken);
        if (!topic.IsSuccess)
        {
            return topic.Error!;
        }

        var (cooperative, kind, topicId, title) = topic.Value!;
        var existing = await db.Conversations.AsNoTracking()
            .Where(c => c.CooperativeId == cooperative.Id && c.CustomerId == query.CustomerId && c.Topic == kind && c.TopicId == topicId)
            .Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return new AskTopic(cooperative.Id, cooperative.Name, kind, title, existing);
    }

    public async ValueTask<Result<ConversationView>> Handle(AskCooperativeCommand command, CancellationToken cancellationToken)
    {
        var topic = await TopicAsync(command.CustomerId, command.Culture, command.ProductId, command.OrderId, command.CooperativeId, cancellationToken);
        if (!topic.IsSuccess)
        {
            return topic.Error!;
        }

        var (cooperative, kind, topicId, title) = topic.Value!;
        if (await membership.RoleOfAsync(cooperative.Id, command.CustomerId, cancellationToken) is not null)
        {
            return Error.Rule("conversation.own_cooperative", Bilingual.Pick(
                "Bạn là người của hợp tác xã này: hãy trả lời khách từ trang Tin nhắn của hợp tác xã.",
                "You are one of this cooperative's people: answer customers from its Messages page."));
        }

        var conversation = await db.Conversations.Include(c => c.Messages).SingleOrDefaultAsync(
            c => c.CooperativeId == cooperative.Id && c.CustomerId == command.CustomerId && c.Topic == kind && c.TopicId == topicId, cancellationToken);
        if (conversation is null)
        {
            conversation = new Conversation(
                cooperative.Id, command.CustomerId, command.Email.Trim(), command.Name, command.Culture, kind, topicId, title, clock.GetUtcNow());
            db.Conversations.Add(conversation);
        }

        return await WriteAsync(
            conversation, cooperative, ConversationSide.Customer, command.CustomerId, command.Name, (command.Email.Trim(), command.Culture), command.Text,
            cancellationToken);
    }

    public async ValueTask<Result<ConversationView>> Handle(WriteMessageCommand command, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.Include(c => c.Messages).SingleOrDefaultAsync(c => c.Id == command.ConversationId, cancellationToken);
        var side = conversation is null ? null : await SideOfAsync(conversation, command.AuthorId, cancellationToken);
        if (conversation is null || side is null)
        {
            return NotFound;
        }

        var cooperative = await db.Cooperatives.AsNoTracking().SingleAsync(c => c.Id == conversation.CooperativeId, cancellationToken);
        var customer = side == ConversationSide.Customer ? (command.Email.Trim(), command.Culture) : ((string, string)?)null;
        return await WriteAsync(conversation, cooperative, side.Value, command.AuthorId, command.AuthorName, customer, command.Text, cancellationToken);
    }

    public async ValueTask<Result<ConversationView>> Handle(OpenConversationCommand command, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.Include(c => c.Messages).SingleOrDefaultAsync(c => c.Id == command.ConversationId, cancellationToken);
        if (conversation is null)
        {
            return NotFound;
        }

        var side = await SideOfAsync(conversation, command.ViewerId, cancellationToken);
        if (side is { } viewer)
        {
            // Recorded past the version check: reading while the other side writes is not a conflict.
            var now = clock.GetUtcNow();
            var read = db.Conversations.Where(c => c.Id == conversation.Id);
            _ = viewer == ConversationSide.Customer
                ? await read.ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerReadAt, now), cancellationToken)
                : await read.ExecuteUpdateAsync(s => s.SetProperty(c => c.CooperativeReadAt, now), cancellationToken);
        }
        else if (!command.Admin || conversation.ReportedAt is null)
        {
            // An admin reads a conversation only once one of its sides asked them to.
            return NotFound;
        }

        return await ViewAsync(conversation, side, cancellationToken);
    }

    public async ValueTask<Result<ConversationView>> Handle(ReportConversationCommand command, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.Include(c => c.Messages).SingleOrDefaultAsync(c => c.Id == command.ConversationId, cancellationToken);
        var side = conversation is null ? null : await SideOfAsync(conversation, command.PersonId, cancellationToken);
        if (conversation is null || side is null)
        {
            return NotFound;
        }

        conversation.Report(side.Value, command.Reason.Trim(), clock.GetUtcNow());
        return await ViewAsync(conversation, side, cancellationToken);
    }

    public async ValueTask<Result<Done>> Handle(ReviewConversationReportCommand command, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == command.ConversationId && c.ReportedAt != null, cancellationToken);
        if (conversation is null)
        {
            return NotFound;
        }

        var now = clock.GetUtcNow();
        conversation.Review(now);
        db.AuditEntries.Add(new AuditEntry(
            Guid.NewGuid(), now, command.AdminId, command.AdminName, "ConversationReportReviewed", "Conversation", conversation.Id,
            conversation.Title, conversation.ReportReason, "Reported", "Reviewed"));
        return Done.Value;
    }

    public async ValueTask<IReadOnlyList<ConversationSummary>> Handle(ListMyConversationsQuery query, CancellationToken cancellationToken) =>
        await SummariesAsync(
            db.Conversations.Where(c => c.CustomerId == query.CustomerId).OrderByDescending(c => c.LastMessageAt), ConversationSide.Customer,
            cancellationToken);

    public async ValueTask<Result<CooperativeInbox>> Handle(ListCooperativeConversationsQuery query, CancellationToken cancellationToken)
    {
        var cooperative = await db.Cooperatives.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CooperativeId, cancellationToken);
        if (cooperative is null || await membership.RoleOfAsync(query.CooperativeId, query.ActorId, cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        var ours = db.Conversations.Where(c => c.CooperativeId == query.CooperativeId);
        var waiting = await ours.CountAsync(c => c.AwaitingCooperative, cancellationToken);
        var listed = await SummariesAsync(
            ours.Where(c => !query.WaitingOnly || c.AwaitingCooperative).OrderByDescending(c => c.AwaitingCooperative).ThenByDescending(c => c.LastMessageAt),
            ConversationSide.Cooperative,
            cancellationToken);
        return new CooperativeInbox(cooperative.Id, cooperative.Name, waiting, listed, await QuickRepliesAsync(cooperative.Id, cancellationToken));
    }

    public async ValueTask<IReadOnlyList<ConversationSummary>> Handle(ListReportedConversationsQuery query, CancellationToken cancellationToken) =>
        await SummariesAsync(
            db.Conversations.Where(c => c.ReportedAt != null).OrderBy(c => c.ReviewedAt != null).ThenByDescending(c => c.ReportedAt), null,
            cancellationToken);

    public async ValueTask<Result<IReadOnlyList<QuickReplyView>>> Handle(ListQuickRepliesQuery query, CancellationToken cancellationToken)
    {
        if (await membership.RoleOfAsync(query.CooperativeId, query.ActorId, cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        return Result<IReadOnlyList<QuickReplyView>>.Success(await QuickRepliesAsync(query.CooperativeId, cancellationToken));
    }

    public async ValueTask<Result<QuickReplyView>> Handle(AddQuickReplyCommand command, CancellationToken cancellationToken)
    {
        if (await membership.RoleOfAsync(command.CooperativeId, command.ActorId, cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        if (await db.QuickReplies.CountAsync(q => q.CooperativeId == command.CooperativeId, cancellationToken) >= QuickReply.Limit)
        {
            return Error.Conflict("quick_replies.full", Bilingual.Pick(
                $"Hợp tác xã đã có {QuickReply.Limit} câu trả lời nhanh: hãy xóa bớt một câu trước.",
                $"The cooperative keeps {QuickReply.Limit} quick replies: remove one first."));
        }

        var reply = new QuickReply(command.CooperativeId, command.Title.Trim(), command.Text.Trim(), clock.GetUtcNow());
        db.QuickReplies.Add(reply);
        return new QuickReplyView(reply.Id, reply.Title, reply.Text);
    }

    public async ValueTask<Result<Done>> Handle(RemoveQuickReplyCommand command, CancellationToken cancellationToken)
    {
        if (await membership.RoleOfAsync(command.CooperativeId, command.ActorId, cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        await db.QuickReplies.Where(q => q.CooperativeId == command.CooperativeId && q.Id == command.QuickReplyId).ExecuteDeleteAsync(cancellationToken);
        return Done.Value;
    }

    /// <summary>
    /// The cooperative asked and what about, as it stands now: a product it sells, an order of the
    /// asker's with a part from it, or a cooperative that sells. Anything else is "not found".
    /// </summary>
    private async Task<Result<(Cooperative Cooperative, ConversationTopic Kind, Guid TopicId, string Title)>> TopicAsync(
        UserId customer, string culture, ProductId? product, OrderId? order, CooperativeId? cooperativeId, CancellationToken cancellationToken)
    {
        if (product is { } productId)
        {
            var subject = await sender.Send(new GetQuotationSubjectQuery(productId, null), cancellationToken);
            var seller = subject is { Sellers.Count: > 0 } ? subject.Sellers[0] : null;
            var cooperative = seller is null ? null : await SellingAsync(seller.CooperativeId, cancellationToken);
            if (cooperative is null)
            {
                return Error.NotFound("product.not_found", Bilingual.Pick("Không tìm thấy sản phẩm.", "No such product."));
            }

            var name = culture == Cultures.English && !string.IsNullOrWhiteSpace(subject!.NameEnglish) ? subject.NameEnglish : subject!.Name;
            return (cooperative, ConversationTopic.Product, productId.Value, name);
        }

        if (order is { } orderId)
        {
            var placed = await sender.Send(new GetOrderForPaymentQuery(orderId), cancellationToken);
            var cooperative = placed is not null && placed.BuyerId == customer && placed.Parts.Any(p => p.CooperativeId == cooperativeId)
                ? await db.Cooperatives.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cooperativeId, cancellationToken)
                : null;
            if (cooperative is null)
            {
                return Error.NotFound("order.not_found", Bilingual.Pick("Không tìm thấy đơn hàng.", "No such order."));
            }

            return (cooperative, ConversationTopic.Order, orderId.Value, placed!.Number);
        }

        if (cooperativeId is null)
        {
            return CooperativeErrors.NotFound;
        }

        var asked = await SellingAsync(cooperativeId.Value, cancellationToken);
        return asked is null ? CooperativeErrors.NotFound : (asked, ConversationTopic.Cooperative, asked.Id.Value, asked.Name);
    }

    private Task<Cooperative?> SellingAsync(CooperativeId id, CancellationToken cancellationToken) =>
        db.Cooperatives.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.Status == CooperativeStatus.Approved, cancellationToken);

    private async Task<ConversationSide?> SideOfAsync(Conversation conversation, UserId person, CancellationToken cancellationToken) =>
        conversation.CustomerId == person ? ConversationSide.Customer
        : await membership.RoleOfAsync(conversation.CooperativeId, person, cancellationToken) is not null ? ConversationSide.Cooperative
        : null;

    private async Task<Result<ConversationView>> WriteAsync(
        Conversation conversation, Cooperative cooperative, ConversationSide side, UserId author, string authorName, (string, string)? customer,
        string text, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (side == ConversationSide.Customer)
        {
            var since = now.AddHours(-1);
            var written = await db.ConversationMessages.CountAsync(
                m => m.AuthorId == author && m.Side == ConversationSide.Customer && m.SentAt > since, cancellationToken);
            if (written >= Conversation.CustomerMessagesPerHour)
            {
                return Error.TooMany("conversation.too_many", Bilingual.Pick(
                    $"Bạn đã gửi {Conversation.CustomerMessagesPerHour} tin nhắn trong một giờ qua: hãy chờ câu trả lời rồi viết tiếp.",
                    $"You sent {Conversation.CustomerMessagesPerHour} messages in the past hour: wait for an answer, then write again."));
            }
        }

        // A cooperative answers as the cooperative, whichever of its people writes (who wrote is kept, by account).
        var name = side == ConversationSide.Cooperative ? cooperative.Name : authorName;
        var startsWaiting = conversation.Write(side, author, name, text.Trim(), customer, now);
        var message = conversation.Messages[^1];
        db.ConversationMessages.Add(message);
        if (startsWaiting)
        {
            db.AddIntegrationEvent(new CustomerWaiting(Guid.NewGuid(), now, conversation.Id, cooperative.Id, conversation.Title));
        }
        else if (side == ConversationSide.Cooperative)
        {
            db.AddIntegrationEvent(new AnswerMailDue(Guid.NewGuid(), now, conversation.Id, message.Id));
        }

        return await ViewAsync(conversation, side, cancellationToken, cooperative);
    }

    private async Task<ConversationView> ViewAsync(
        Conversation conversation, ConversationSide? viewer, CancellationToken cancellationToken, Cooperative? cooperative = null)
    {
        cooperative ??= await db.Cooperatives.AsNoTracking().SingleAsync(c => c.Id == conversation.CooperativeId, cancellationToken);

        // Why it was reported is for the admins and whoever reported it, not for the side reported.
        var reason = viewer is null || viewer == conversation.ReportedBy ? conversation.ReportReason : null;
        return new ConversationView(
            conversation.Id, conversation.CooperativeId, cooperative.Name, conversation.CustomerName, conversation.Topic, conversation.TopicId,
            conversation.Title, ConversationPaths.TopicLink(conversation, viewer, cooperative.Slug), viewer, conversation.AwaitingCooperative,
            conversation.ReportedAt, conversation.ReportedBy, reason, conversation.ReviewedAt,
            conversation.Messages.OrderBy(m => m.SentAt).Select(m => new MessageView(m.Id, m.Side, m.AuthorName, m.Text, m.SentAt)).ToList());
    }

    private async Task<IReadOnlyList<ConversationSummary>> SummariesAsync(
        IQueryable<Conversation> conversations, ConversationSide? side, CancellationToken cancellationToken)
    {
        var rows = await conversations.AsNoTracking()
            .Take(ListLimit)
            .Select(c => new
            {
                Conversation = c,
                Cooperative = db.Cooperatives.Where(o => o.Id == c.CooperativeId).Select(o => o.Name).FirstOrDefault() ?? string.Empty,
                Last = db.ConversationMessages
                    .Where(m => m.ConversationId == c.Id)
                    .OrderByDescending(m => m.SentAt)
                    .Select(m => m.Text)
                    .FirstOrDefault() ?? string.Empty,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ConversationSummary(
            r.Conversation.Id, r.Conversation.CooperativeId, r.Cooperative, r.Conversation.CustomerName, r.Conversation.Topic, r.Conversation.Title,
            r.Conversation.LastMessageAt, CustomerWaiting.ExcerptOf(r.Last, 140), r.Conversation.AwaitingCooperative,
            side is { } reader && r.Conversation.UnreadBy(reader), r.Conversation.ReportedAt, r.Conversation.ReviewedAt)).ToList();
    }

    private async Task<IReadOnlyList<QuickReplyView>> QuickRepliesAsync(CooperativeId cooperativeId, CancellationToken cancellationToken) =>
        await db.QuickReplies.AsNoTracking()
            .Where(q => q.CooperativeId == cooperativeId)
            .OrderBy(q => q.Title)
            .Select(q => new QuickReplyView(q.Id, q.Title, q.Text))
            .ToListAsync(cancellationToken);
}

/// <summary>Where a conversation and its topic are seen, by each side.</summary>
internal static class ConversationPaths
{
    public static string Of(Guid conversationId) => $"/messages/{conversationId}";

    public static string TopicLink(Conversation conversation, ConversationSide? viewer, string cooperativeSlug) => (conversation.Topic, viewer) switch
    {
        (ConversationTopic.Product, _) => $"/products/{conversation.TopicId}",
        (ConversationTopic.Order, ConversationSide.Customer) => $"/orders/{conversation.TopicId}",
        (ConversationTopic.Order, ConversationSide.Cooperative) => $"/cooperatives/{conversation.CooperativeId}/orders",
        (ConversationTopic.Order, _) => $"/admin/orders?q={Uri.EscapeDataString(conversation.Title)}",
        _ => $"/storefronts/{cooperativeSlug}",
    };
}
