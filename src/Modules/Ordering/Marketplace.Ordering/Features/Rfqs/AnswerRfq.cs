using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>
/// A cooperative's people quote (again: a revision), decline, and talk with the buyer; the buyer
/// talks with each cooperative apart. A cooperative the request was not sent to gets "not found".
/// </summary>
internal sealed class AnswerRfqHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<SubmitQuoteCommand, Result<RfqView>>,
      ICommandHandler<DeclineRfqCommand, Result<RfqView>>,
      ICommandHandler<PostRfqMessageCommand, Result<RfqView>>
{
    public async ValueTask<Result<RfqView>> Handle(SubmitQuoteCommand command, CancellationToken cancellationToken)
    {
        var request = await ForVendorAsync(command.RfqId, command.CooperativeId, command.ActorId, cancellationToken);
        if (request is null)
        {
            return RfqQueries.NotFound();
        }

        VariantId? variantId = null;
        if (!string.IsNullOrWhiteSpace(command.Sku))
        {
            var variant = (await sender.Send(new GetVariantsBySkuQuery([command.Sku.Trim()]), cancellationToken)).SingleOrDefault();
            if (variant is null || variant.CooperativeId != command.CooperativeId)
            {
                return Error.FieldConflict("quote.unknown_sku", nameof(SubmitQuoteCommand.Sku), Bilingual.Pick(
                    "Không có sản phẩm nào của hợp tác xã với mã này.", "None of the cooperative's products has this SKU."));
            }

            variantId = variant.VariantId;
        }

        var offered = request.Offer(
            command.CooperativeId,
            command.Quantity,
            command.UnitPriceVnd,
            command.ValidUntil,
            command.LeadTimeDays,
            Trim(command.Note),
            command.Sku?.Trim(),
            variantId,
            command.MinimumLot,
            clock.GetUtcNow());
        if (!offered.IsSuccess)
        {
            return offered.Error!;
        }

        db.AddIntegrationEvent(new QuoteMailRequested(Guid.NewGuid(), clock.GetUtcNow(), request.Id, command.CooperativeId));
        return RfqViews.View(request, clock.Today(), command.CooperativeId);
    }

    public async ValueTask<Result<RfqView>> Handle(DeclineRfqCommand command, CancellationToken cancellationToken)
    {
        var request = await ForVendorAsync(command.RfqId, command.CooperativeId, command.ActorId, cancellationToken);
        if (request is null)
        {
            return RfqQueries.NotFound();
        }

        var declined = request.Decline(command.CooperativeId, Trim(command.Reason), clock.GetUtcNow());
        if (!declined.IsSuccess)
        {
            return declined.Error!;
        }

        db.AddIntegrationEvent(new QuoteMailRequested(Guid.NewGuid(), clock.GetUtcNow(), request.Id, command.CooperativeId));
        return RfqViews.View(request, clock.Today(), command.CooperativeId);
    }

    public async ValueTask<Result<RfqView>> Handle(PostRfqMessageCommand command, CancellationToken cancellationToken)
    {
        // A buyer's message names the cooperative whose thread it joins; one without is for nobody.
        if (command.CooperativeId is not { } cooperativeId)
        {
            return RfqQueries.NotFound();
        }

        QuoteRequest? request;
        if (command.AsBuyer)
        {
            var buyer = command.ActorId;
            request = await db.QuoteRequests.SingleOrDefaultAsync(r => r.Id == command.RfqId && r.BuyerId == buyer, cancellationToken);
            request = request?.IsSentTo(cooperativeId) == true ? request : null;
        }
        else
        {
            request = await ForVendorAsync(command.RfqId, cooperativeId, command.ActorId, cancellationToken);
        }

        if (request is null)
        {
            return RfqQueries.NotFound();
        }

        request.Post(cooperativeId, command.AsBuyer, command.ActorEmail.Trim(), command.Text.Trim(), clock.GetUtcNow());
        return RfqViews.View(request, clock.Today(), command.AsBuyer ? null : cooperativeId);
    }

    private async Task<QuoteRequest?> ForVendorAsync(Guid rfqId, CooperativeId cooperativeId, UserId actor, CancellationToken cancellationToken)
    {
        var request = await db.QuoteRequests.SingleOrDefaultAsync(r => r.Id == rfqId, cancellationToken);
        return request is not null
            && request.IsSentTo(cooperativeId)
            && await sender.Send(new GetVendorStaffRoleQuery(cooperativeId, actor), cancellationToken) is not null
            ? request
            : null;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
