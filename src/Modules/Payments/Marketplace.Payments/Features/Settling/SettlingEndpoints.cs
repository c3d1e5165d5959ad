using System.Security.Claims;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.Settling;

/// <summary>The money rules and requests to pay for the admins; what a cooperative owes, for its people.</summary>
internal static class SettlingEndpoints
{
    public static void MapSettlingAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/money-rules", async Task<Ok<MoneyRulesView>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetMoneyRulesQuery(), cancellationToken)))
            .WithName("GetMoneyRules")
            .WithSummary("Holding days after delivery, the debt limit, the monthly settlement day and the grace days in force.");
        admin.MapGet("/money-rules/history", async Task<Ok<IReadOnlyList<MoneyRulesView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMoneyRulesQuery(), cancellationToken)))
            .WithName("ListMoneyRules");
        admin.MapPut("/money-rules", async (MoneyRulesRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SetMoneyRulesCommand(request.HoldDays, request.DebtLimitVnd, request.SettlementDay, request.GraceDays, user.Email()),
                    cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("SetMoneyRules")
            .WithSummary("New money rules from now on (holdDays 0-60, debtLimitVnd, settlementDay 1-28, graceDays 1-60); the old ones stay in the history.")
            .ProducesValidationProblem();
        admin.MapGet("/pay-ins", async Task<Ok<IReadOnlyList<PayInView>>> (PayInStatus? status, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListPayInsQuery(status), cancellationToken)))
            .WithName("ListPayIns")
            .WithSummary("Requests to pay, open first; ?status=Open|Settled.");
        admin.MapPost("/pay-ins", async (PayInRequestBody request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RequestPayInCommand(request.CooperativeId, user.Email()), cancellationToken))
                    .ToHttpResult(payIn => TypedResults.Created($"/api/v1/admin/pay-ins/{payIn.PayInId}", payIn)))
            .WithName("RequestPayIn")
            .WithSummary("Asks a cooperative to pay what it owes now (409 when it owes nothing or is already asked).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/pay-ins/{payInId:guid}/received", async (
                Guid payInId, AmountRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RecordPayInCommand(payInId, request.AmountVnd, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("RecordPayIn")
            .WithSummary("Records a transfer the cooperative made against its request; it is settled once nothing is owed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static void MapCooperativeDebt(this IEndpointRouteBuilder cooperative)
    {
        cooperative.MapGet("/debt", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetCooperativeDebtQuery(cooperativeId, user.UserId(), ActorIsAdmin: false), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("GetCooperativeDebt")
            .WithSummary("What the cooperative owes the alliance, its open request to pay (account, reference, VietQR) and the past ones.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapGet("/debt/vietqr.png", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPayInQrQuery(cooperativeId, user.UserId()), cancellationToken))
                    .ToHttpResult(png => TypedResults.File(png, "image/png")))
            .WithName("GetCooperativeDebtVietQr")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record MoneyRulesRequest(int HoldDays, long DebtLimitVnd, int SettlementDay, int GraceDays);

    internal sealed record PayInRequestBody(
        [property: System.Text.Json.Serialization.JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId);

    internal sealed record AmountRequest(long AmountVnd);
}
