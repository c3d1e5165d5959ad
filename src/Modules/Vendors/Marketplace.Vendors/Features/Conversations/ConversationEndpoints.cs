using System.Security.Claims;
using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.Conversations;

/// <summary>Talking with a cooperative (bearer token): the customer's side, the cooperative's inbox and quick replies, and the admins' reports.</summary>
internal static class ConversationEndpoints
{
    public static void MapConversationsApi(this IEndpointRouteBuilder api)
    {
        var mine = api.MapGroup("/conversations").WithTags("Conversations").RequireAuthorization(AuthorizationPolicies.Api);
        mine.MapGet("/", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMyConversationsQuery(user.UserId()), cancellationToken)))
            .WithName("ListMyConversations")
            .WithSummary("The signed-in person's conversations with cooperatives, the latest first, each with whether an answer is unread.");
        mine.MapPost("/", async (AskRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(Ask(user, request.ProductId, request.OrderId, request.CooperativeId, request.Text), cancellationToken))
                    .ToHttpResult(view => view.Messages.Count == 1
                        ? (IResult)TypedResults.Created($"/api/v1/conversations/{view.Id}", view)
                        : TypedResults.Ok(view)))
            .WithName("AskCooperative")
            .WithSummary("Asks a cooperative about a product it sells (productId), about the caller's order with it (orderId and vendorId) "
                + "or about itself (vendorId): 201 with the new conversation; asking again about the same thing continues it (200). The cooperative's "
                + "people are told; its answers are mailed in the language of the request. "
                + $"At most {Domain.Conversation.CustomerMessagesPerHour} messages an hour.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        mine.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new OpenConversationCommand(id, user.UserId(), user.IsAdmin()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetConversation")
            .WithSummary("A conversation, read by its customer or one of its cooperative's people (it is then read), or by an admin once reported.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        mine.MapPost("/{id:guid}/messages", async (
                Guid id, MessageRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new WriteMessageCommand(id, user.UserId(), NameOf(user), user.Email(), Cultures.Current, request.Text ?? string.Empty), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("WriteMessage")
            .WithSummary("The next message, from the customer or from one of the cooperative's people (an answer is mailed to the customer).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        mine.MapPost("/{id:guid}/report", async (Guid id, ReportRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ReportConversationCommand(id, user.UserId(), request.Reason ?? string.Empty), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ReportConversation")
            .WithSummary("Either side reports the conversation as abuse, with what is wrong: the alliance's admins may then read it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var cooperative = api.MapGroup("/cooperatives/{cooperativeId:guid}").WithTags("Conversations").RequireAuthorization(AuthorizationPolicies.Api);
        cooperative.MapGet("/conversations", async (
                CooperativeId cooperativeId, bool? waiting, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListCooperativeConversationsQuery(cooperativeId, user.UserId(), waiting == true), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ListCooperativeConversations")
            .WithSummary("The cooperative's conversations, those waiting for its answer first (?waiting=true: only those).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapGet("/quick-replies", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListQuickRepliesQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListQuickReplies")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapPost("/quick-replies", async (
                CooperativeId cooperativeId, QuickReplyRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new AddQuickReplyCommand(cooperativeId, user.UserId(), request.Title ?? string.Empty, request.Text ?? string.Empty),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("AddQuickReply")
            .WithSummary($"An answer the cooperative gives often, kept to answer with in a tap. At most {Domain.QuickReply.Limit}.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cooperative.MapDelete("/quick-replies/{replyId:guid}", async (
                CooperativeId cooperativeId, Guid replyId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RemoveQuickReplyCommand(cooperativeId, user.UserId(), replyId), cancellationToken))
                    .ToHttpResult(_ => TypedResults.NoContent()))
            .WithName("RemoveQuickReply")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = api.MapGroup("/admin/conversations").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapGet("/reported", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListReportedConversationsQuery(), cancellationToken)))
            .WithName("ListReportedConversations")
            .WithSummary("Conversations reported as abuse, those not yet reviewed first; read one at GET /conversations/{id}.");
        admin.MapPost("/{id:guid}/reviewed", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ReviewConversationReportCommand(id, user.UserId(), user.Email()), cancellationToken))
                    .ToHttpResult(_ => TypedResults.NoContent()))
            .WithName("ReviewConversationReport")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The question as its asker sends it, in the language they read.</summary>
    public static AskCooperativeCommand Ask(ClaimsPrincipal user, ProductId? productId, OrderId? orderId, CooperativeId? cooperativeId, string? text) =>
        new(user.UserId(), user.Email(), NameOf(user), Cultures.Current, productId, orderId, cooperativeId, text ?? string.Empty);

    /// <summary>How a customer is named to the cooperative: the name they chose to be shown by, never their address or a part of it.</summary>
    public static string NameOf(ClaimsPrincipal user) =>
        user.DisplayName() is { Length: > 0 } name ? name : Bilingual.Pick("Khách hàng", "Customer");
}

internal sealed record AskRequest(
    ProductId? ProductId = null,
    OrderId? OrderId = null,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId? CooperativeId = null,
    string? Text = null);

internal sealed record MessageRequest(string? Text = null);

internal sealed record ReportRequest(string? Reason = null);

internal sealed record QuickReplyRequest(string? Title = null, string? Text = null);
