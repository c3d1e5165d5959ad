using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.Payouts;

/// <summary>Payout batches for the admins; where a cooperative's payouts go.</summary>
internal static class PayoutEndpoints
{
    public static void MapPayoutsAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/payouts", async Task<Ok<IReadOnlyList<PayoutBatchView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListPayoutBatchesQuery(), cancellationToken)))
            .WithName("ListPayoutBatches");
        admin.MapPost("/payouts", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new CreatePayoutBatchCommand(user.Email()), cancellationToken))
                    .ToHttpResult(batch => TypedResults.Created($"/api/v1/admin/payouts/{batch.BatchId}", batch)))
            .WithName("CreatePayoutBatch")
            .WithSummary("A batch of every positive balance of a cooperative with a payout account, booked as payouts at once.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapGet("/payouts/{batchId:guid}", async (Guid batchId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPayoutBatchQuery(batchId), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetPayoutBatch")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/payouts/{batchId:guid}/bank.csv", async (Guid batchId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ExportPayoutBatchQuery(batchId), cancellationToken))
                    .ToHttpResult(csv => TypedResults.File(csv, "text/csv; charset=utf-8", $"payout-{batchId:N}.csv")))
            .WithName("ExportPayoutBatch")
            .WithSummary("The batch's bank-transfer lines as CSV for the bank's bulk upload.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/payouts/{batchId:guid}/paid", async (Guid batchId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new MarkPayoutBatchPaidCommand(batchId, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("MarkPayoutBatchPaid")
            .WithSummary("Pays the Stripe lines by transfer (each once, whatever the retries), then marks the batch paid.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    public static void MapPayoutAccount(this IEndpointRouteBuilder cooperative)
    {
        cooperative.MapGet("/payout-account", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPayoutAccountQuery(cooperativeId, user.UserId()), cancellationToken))
                    .ToHttpResult(Results<Ok<PayoutAccountView>, NoContent> (account) =>
                        account is null ? TypedResults.NoContent() : TypedResults.Ok(account)))
            .WithName("GetPayoutAccount")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapPut("/payout-account", async (
                CooperativeId cooperativeId, PayoutAccountRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SetPayoutAccountCommand(
                        cooperativeId,
                        user.UserId(),
                        request.BankName ?? string.Empty,
                        request.AccountNumber ?? string.Empty,
                        request.AccountHolder ?? string.Empty,
                        request.Country ?? "VN",
                        request.StripeAccountId),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("SetPayoutAccount")
            .WithSummary("Where the cooperative's payouts go (owners only): a bank account, or a Stripe connected account in a country Stripe pays out to.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record PayoutAccountRequest(
        string? BankName = null, string? AccountNumber = null, string? AccountHolder = null, string? Country = null, string? StripeAccountId = null);
}
