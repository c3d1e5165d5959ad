using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Reviews;

/// <summary>
/// Reviews: Ordering vouches that the buyer received the line (a delivered part of their own
/// order), the unique part-and-variant index keeps it to one review per line, Vendors says who
/// may answer for the cooperative.
/// </summary>
internal sealed class ReviewsHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<WriteReviewCommand, Result<ReviewView>>,
      ICommandHandler<ReplyToReviewCommand, Result<ReviewView>>,
      ICommandHandler<ModerateReviewCommand, Result<ReviewView>>,
      IQueryHandler<ListMyReviewsQuery, IReadOnlyList<MyReview>>
{
    public async ValueTask<Result<ReviewView>> Handle(WriteReviewCommand command, CancellationToken cancellationToken)
    {
        var line = await sender.Send(new GetDeliveredLineQuery(command.PartId, command.VariantId, command.BuyerId), cancellationToken);
        var productId = line is null
            ? (ProductId?)null
            : await db.Variants.Where(v => v.Id == command.VariantId).Select(v => (ProductId?)v.ProductId).SingleOrDefaultAsync(cancellationToken);
        if (line is null || productId is null)
        {
            return Error.Rule("review.not_received", Bilingual.Pick(
                "Chỉ người đã nhận hàng mới đánh giá được sản phẩm này.",
                "Only a shopper who received this product can review it."));
        }

        if (await db.Reviews.AnyAsync(r => r.PartId == command.PartId && r.VariantId == command.VariantId, cancellationToken))
        {
            return Error.Conflict("review.already_written", Bilingual.Pick(
                "Bạn đã đánh giá sản phẩm này trong đơn hàng này.", "You have already reviewed this product for this order."));
        }

        var review = new Review(
            Guid.NewGuid(),
            productId.Value,
            line.CooperativeId,
            command.PartId,
            command.VariantId,
            command.BuyerId,
            PublicName(command),
            command.Stars,
            command.Text.Trim(),
            clock.GetUtcNow());
        db.Reviews.Add(review);
        return View(review);
    }

    /// <summary>
    /// The account's chosen name, or, when none was given, the initial of the e-mail address: a
    /// review never shows the delivery's recipient, whose full name is delivery data.
    /// </summary>
    private static string PublicName(WriteReviewCommand command) =>
        command.ReviewerName?.Trim() is { Length: > 0 } chosen
            ? chosen[..Math.Min(chosen.Length, 100)]
            : char.ToUpperInvariant(command.BuyerEmail.Trim().FirstOrDefault('?')) + ".";

    public async ValueTask<Result<ReviewView>> Handle(ReplyToReviewCommand command, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.FindAsync([command.ReviewId], cancellationToken);
        if (review is null || await sender.Send(new GetVendorStaffRoleQuery(review.CooperativeId, command.ActorId), cancellationToken) is null)
        {
            return NotFound();
        }

        review.Answer(command.Reply.Trim(), clock.GetUtcNow());
        return View(review);
    }

    public async ValueTask<Result<ReviewView>> Handle(ModerateReviewCommand command, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.FindAsync([command.ReviewId], cancellationToken);
        if (review is null)
        {
            return NotFound();
        }

        var before = review.Hidden;
        review.Moderate(command.Hide, command.Reason?.Trim());
        await sender.RecordAsync(
            command.ActorEmail, command.Hide ? CatalogAudit.ReviewHidden : CatalogAudit.ReviewRestored, "Review", review.Id,
            $"{review.Stars}★ {review.ReviewerName}", command.Reason?.Trim(), (before ? "Hidden" : "Visible", command.Hide ? "Hidden" : "Visible"),
            cancellationToken);
        return View(review);
    }

    public async ValueTask<IReadOnlyList<MyReview>> Handle(ListMyReviewsQuery query, CancellationToken cancellationToken)
    {
        return await db.Reviews.AsNoTracking()
            .Where(r => r.ReviewerId == query.BuyerId)
            .Select(r => new MyReview(r.Id, r.PartId, r.VariantId, r.Stars))
            .ToListAsync(cancellationToken);
    }

    public static ReviewView View(Review r) => new(r.Id, r.ProductId, r.ReviewerName, r.Stars, r.Text, r.WrittenAt, r.Reply, r.Hidden, r.HiddenReason);

    private static Error NotFound() => Error.NotFound("review.not_found", Bilingual.Pick("Không tìm thấy đánh giá.", "No such review."));
}
