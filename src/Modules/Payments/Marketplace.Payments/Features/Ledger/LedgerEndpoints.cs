using System.Security.Claims;
using Marketplace.Payments.Features.Reports;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.Ledger;

/// <summary>The ledger: balances, entries and their reversal, the commission rate; a cooperative's own ledger.</summary>
internal static class LedgerEndpoints
{
    public static void MapLedgerAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/commission-rate", async Task<Ok<CommissionRateView>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetCommissionRateQuery(), cancellationToken)))
            .WithName("GetCommissionRate");
        admin.MapPut("/commission-rate", async (CommissionRateRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new SetCommissionRateCommand(request.Percent, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("SetCommissionRate")
            .WithSummary("The rate for orders placed from now on (0-50 %, two decimals); placed orders keep theirs.")
            .ProducesValidationProblem();
        admin.MapGet("/ledger", async Task<Ok<IReadOnlyList<LedgerBalance>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListLedgerBalancesQuery(), cancellationToken)))
            .WithName("ListLedgerBalances")
            .WithSummary("Every cooperative's balance with the sums it is made of.");
        admin.MapGet("/ledger/{cooperativeId:guid}", async (
                CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetVendorLedgerQuery(cooperativeId, user.UserId(), ActorIsAdmin: true), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("GetCooperativeLedgerAsAdmin");
        admin.MapPost("/ledger/entries/{entryId:guid}/reverse", async (
                Guid entryId, ReasonRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ReverseLedgerEntryCommand(entryId, request.Reason ?? string.Empty, user.Email()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ReverseLedgerEntry")
            .WithSummary("Books the opposite of an entry made in error; the entry itself is never changed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static void MapCooperativeLedger(this IEndpointRouteBuilder cooperative)
    {
        cooperative.MapGet("/ledger", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetVendorLedgerQuery(cooperativeId, user.UserId(), ActorIsAdmin: false), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("GetCooperativeLedger")
            .WithSummary("The cooperative's balance and entries, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapGet("/ledger/statement", async (
                CooperativeId cooperativeId, DateOnly from, DateOnly to, string? format, ClaimsPrincipal user, ISender sender,
                CancellationToken cancellationToken) =>
                (await sender.Send(
                    new ExportLedgerStatementQuery(
                        cooperativeId, user.UserId(), ActorIsAdmin: false, from, to, StatementFormats.Parse(format)),
                    cancellationToken))
                    .ToHttpResult(file => TypedResults.File(file.Content, file.ContentType, file.FileName)))
            .WithName("GetCooperativeLedgerStatement")
            .WithSummary("The ledger between two days (Vietnam's): balance brought forward, each entry with the running balance, the closing "
                + "balance; CSV, ?format=xlsx, or ?format=pdf (printed, every page numbered).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record CommissionRateRequest(decimal Percent);

    internal sealed record ReasonRequest(string? Reason = null);
}
