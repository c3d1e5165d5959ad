using System.Security.Claims;
using System.Text.Json.Serialization;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.CommissionRules;

/// <summary>The commission rules for the admins, what a cooperative's goods would pay now, and what an order's lines paid.</summary>
internal static class CommissionRulesEndpoints
{
    public static void MapCommissionRulesAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/commission-rules", async Task<Ok<CommissionRulesView>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListCommissionRulesQuery(), cancellationToken)))
            .WithName("ListCommissionRules")
            .WithSummary("The default rate's history and every rule ever made (running and scheduled first), with the lines and commission each has priced.");
        admin.MapPost("/commission-rules", async (CommissionRuleRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new AddCommissionRuleCommand(
                        request.CooperativeId, request.CategoryId, request.Audience ?? CommissionAudience.Everyone, request.Percent,
                        request.FloorVnd, request.CapVnd, request.From, request.Until, request.Note, user.Email()),
                    cancellationToken))
                    .ToHttpResult(rule => TypedResults.Created($"/api/v1/admin/commission-rules/{rule.RuleId}", rule)))
            .WithName("AddCommissionRule")
            .WithSummary(
                "A rate for one cooperative's goods, a category's (and its sub-categories'), new (first 180 days) or OCOP cooperatives', or all goods " +
                "for a period; with a floor and a cap in đồng per line. The most specific rule in force when an order is placed prices each line.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/commission-rules/{ruleId:guid}/end", async (Guid ruleId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new EndCommissionRuleCommand(ruleId, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("EndCommissionRule")
            .WithSummary("The rule prices no order from now on; orders it priced keep their commission.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapGet("/commission-rules/applicable", async (
                CooperativeId vendorId, Guid? categoryId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetApplicableCommissionQuery(vendorId, categoryId), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetApplicableCommission")
            .WithSummary("?vendorId=&categoryId=: the rule and rate an order placed now would pay for this cooperative's goods in this category.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/orders/{orderId:guid}/commission", async Task<Ok<IReadOnlyList<OrderCommissionLineView>>> (
                OrderId orderId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetOrderCommissionQuery(orderId), cancellationToken)))
            .WithName("GetOrderCommission")
            .WithSummary("An order's commission line by line, as priced when it was placed, with the rule behind each (null: the default rate).");
    }

    /// <summary>Only the rate is required: a rule without scope prices all goods, from now on, with no floor, cap or end.</summary>
    internal sealed record CommissionRuleRequest(
        decimal Percent,
        [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId? CooperativeId = null,
        Guid? CategoryId = null,
        CommissionAudience? Audience = null,
        long? FloorVnd = null,
        long? CapVnd = null,
        DateTimeOffset? From = null,
        DateTimeOffset? Until = null,
        string? Note = null);
}
