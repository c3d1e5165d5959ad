using System.Text.Json.Serialization;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Payments.Features.CommissionRules;

/// <summary>Where a rule stands now: not started yet, pricing orders, or ended.</summary>
internal enum CommissionRuleState
{
    Scheduled,
    InForce,
    Ended,
}

/// <summary>A rule as the admins read it, with what it has priced so far (lines and commission).</summary>
internal sealed record CommissionRuleView(
    Guid RuleId,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId? CooperativeId,
    string? VendorName,
    Guid? CategoryId,
    string? CategoryName,
    CommissionAudience Audience,
    decimal Percent,
    long? FloorVnd,
    long? CapVnd,
    DateTimeOffset From,
    DateTimeOffset? Until,
    CommissionRuleState State,
    string? Note,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? EndedBy,
    int LinesPriced,
    Money CommissionPriced);

/// <summary>The default rate as it was set over time, newest first.</summary>
internal sealed record DefaultRateView(decimal Percent, DateTimeOffset? Since, string? SetBy);

/// <summary>Every commission rule ever made, and the default rate's history: what priced which orders when.</summary>
internal sealed record CommissionRulesView(IReadOnlyList<DefaultRateView> DefaultRates, IReadOnlyList<CommissionRuleView> Rules);

internal sealed record ListCommissionRulesQuery : IQuery<CommissionRulesView>;

/// <summary>A new rule from <paramref name="From"/> (now when null), never before now: orders already placed keep their commission.</summary>
internal sealed record AddCommissionRuleCommand(
    CooperativeId? CooperativeId,
    Guid? CategoryId,
    CommissionAudience Audience,
    decimal Percent,
    long? FloorVnd,
    long? CapVnd,
    DateTimeOffset? From,
    DateTimeOffset? Until,
    string? Note,
    string ActorEmail) : ICommand<Result<CommissionRuleView>>, IRunsIn<PaymentsTransaction>;

/// <summary>The rule prices no order from now on; the orders it priced keep what it gave them.</summary>
internal sealed record EndCommissionRuleCommand(Guid RuleId, string ActorEmail) : ICommand<Result<CommissionRuleView>>, IRunsIn<PaymentsTransaction>;

/// <summary>The rate an order placed now would pay for goods of this cooperative in this category, and the rule that gives it.</summary>
internal sealed record GetApplicableCommissionQuery(CooperativeId CooperativeId, Guid? CategoryId) : IQuery<Result<ApplicableCommissionView>>;

/// <summary>The rule that would price the goods (null: the default rate), its rate, floor and cap.</summary>
internal sealed record ApplicableCommissionView(Guid? RuleId, decimal Percent, long? FloorVnd, long? CapVnd);

/// <summary>An order's commission line by line, with the rule that priced each (null: the default rate) and whose goods it prices.</summary>
internal sealed record OrderCommissionLineView(
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string Sku,
    Guid? CategoryId,
    Guid? RuleId,
    string? RuleScope,
    decimal Percent,
    Money Goods,
    Money Commission);

internal sealed record GetOrderCommissionQuery(OrderId OrderId) : IQuery<IReadOnlyList<OrderCommissionLineView>>;
