using System.Security.Claims;
using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.Reviews;

internal static class ReviewsEndpoints
{
    public static void MapReviews(this IEndpointRouteBuilder api)
    {
        api.MapGet("/cooperatives/{cooperativeId:guid}/reports/ratings", async (
                CooperativeId cooperativeId, DateOnly from, DateOnly to, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await RatingsAsync(cooperativeId, from, to, user, sender, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithName("GetCooperativeRatings")
            .WithSummary("How shoppers rated the cooperative's products between two days (Vietnam's, both included): reviews, average, "
                + "1-5 stars, answered, the most reviewed products and the latest of three stars or fewer. For its own people only.")
            .WithTags("Reviews")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/orders/{orderId:guid}/parts/{partId:guid}/lines/{variantId:guid}/review", async (
                OrderPartId partId, VariantId variantId, ReviewRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new WriteReviewCommand(partId, variantId, user.UserId(), user.Email(), request.Stars, request.Text ?? string.Empty, user.DisplayName()),
                    cancellationToken))
                    .ToHttpResult(review => TypedResults.Created($"/api/v1/products/{review.ProductId}", review)))
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithName("WriteReview")
            .WithSummary("Reviews a product received in a delivered part of one's own order: 1-5 stars and a text, once per order line.")
            .WithTags("Reviews")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/cooperatives/reviews/{reviewId:guid}/reply", async (
                Guid reviewId, ReplyRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ReplyToReviewCommand(reviewId, user.UserId(), request.Reply ?? string.Empty), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithName("ReplyToReview")
            .WithSummary("The cooperative's people answer a review of one of its products.")
            .WithTags("Reviews")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/admin/reviews/{reviewId:guid}/moderation", async (
                Guid reviewId, ModerationRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ModerateReviewCommand(reviewId, request.Hide, request.Reason, user.Email()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .RequireAuthorization(AuthorizationPolicies.AdminApi)
            .WithName("ModerateReview")
            .WithSummary("Hides a review with a reason (hide: true) or shows it again.")
            .WithTags("Admin")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record ReviewRequest(int Stars, string? Text = null);

    internal sealed record ReplyRequest(string? Reply = null);

    internal sealed record ModerationRequest(bool Hide, string? Reason = null);

    /// <summary>The ratings of a span, for the cooperative's own people; to anyone else the cooperative does not exist.</summary>
    private static async Task<Result<CooperativeRatings>> RatingsAsync(
        CooperativeId cooperativeId, DateOnly from, DateOnly to, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(cooperativeId, user.UserId()), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        if (ReportPeriods.Problems(from, to, ReportGrain.Day) is { Count: > 0 } problems)
        {
            return Error.Validation(problems);
        }

        return await sender.Send(
            new GetCooperativeRatingsQuery(cooperativeId, VietnamTime.StartOf(from), VietnamTime.StartOf(to.AddDays(1))), cancellationToken);
    }
}
