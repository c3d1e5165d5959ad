using System.Security.Claims;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.Refunds;

/// <summary>Refunds of an order part, and their list.</summary>
internal static class RefundEndpoints
{
    public static void MapRefundsAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapPost("/order-parts/{partId:guid}/refunds", async (
                OrderPartId partId,
                RefundRequest request,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ClaimsPrincipal user,
                ISender sender,
                CancellationToken cancellationToken) =>
                (await sender.Send(
                    new RefundPartCommand(partId, request.AmountVnd, request.Reason ?? string.Empty, user.Email(), idempotencyKey), cancellationToken))
                    .ToHttpResult(refund => TypedResults.Created($"/api/v1/admin/refunds?orderId={refund.OrderId}", refund)))
            .WithName("RefundOrderPart")
            .WithSummary("Refunds all or some of a part: by Stripe for a card payment, by MoMo for a MoMo payment, "
                + "recorded as a bank refund for a transfer. "
                + "Send an Idempotency-Key header: a retry with the same key returns the same refund.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        admin.MapGet("/refunds", async Task<Ok<IReadOnlyList<RefundView>>> (OrderId? orderId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListRefundsQuery(orderId), cancellationToken)))
            .WithName("ListRefunds");
    }

    internal sealed record RefundRequest(long AmountVnd, string? Reason = null);
}
