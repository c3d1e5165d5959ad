using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.CommissionRules;

/// <summary>An order's commission as priced when it was placed: each part's total, and each line with the rule behind it.</summary>
internal sealed record PricedCommission(int DefaultBasisPoints, IReadOnlyDictionary<OrderPartId, long> PartCommissions, IReadOnlyList<CommissionLine> Lines);

/// <summary>
/// Prices an order's commission line by line with the rules in force when it was placed: for each
/// line the most specific rule that fits its cooperative, its category (or a parent category) and
/// the cooperative's standing wins; with none, the default rate in force then. Runs once, when the
/// order's payment is opened, and the lines are kept with the payment.
/// </summary>
internal sealed class CommissionPricing(PaymentsDbContext db, ISender sender)
{
    public async Task<PricedCommission> PriceAsync(OrderForPayment order, CancellationToken cancellationToken)
    {
        var at = order.PlacedAt;
        var defaultRate = await DefaultBasisPointsAsync(db, at, cancellationToken);
        var rules = await InForceAsync(db, at, cancellationToken);
        var variants = order.Parts.SelectMany(p => p.Lines).Select(l => l.VariantId).OfType<VariantId>().ToList();
        var categories = variants.Count == 0
            ? new Dictionary<VariantId, Guid>()
            : await sender.Send(new GetVariantCategoriesQuery(variants), cancellationToken);
        var tree = await CategoryTreeAsync(sender, rules, cancellationToken);
        var standings = await StandingsAsync(sender, rules, order.Parts.Select(p => p.CooperativeId).ToList(), cancellationToken);

        var lines = new List<CommissionLine>();
        var parts = new Dictionary<OrderPartId, long>();
        foreach (var part in order.Parts)
        {
            // A part without lines (none are placed so) is priced on its goods at the default rate.
            var goods = part.Lines.Count > 0 ? part.Lines : [new LineForPayment(null, string.Empty, part.SubtotalVnd)];
            foreach (var line in goods)
            {
                Guid? category = line.VariantId is { } variant && categories.TryGetValue(variant, out var found) ? found : null;
                var rule = Choose(rules, part.CooperativeId, tree.Lineage(category), standings.GetValueOrDefault(part.CooperativeId), at);
                var commission = rule?.CommissionOn(line.TotalVnd) ?? Commission.Of(line.TotalVnd, defaultRate);
                lines.Add(new CommissionLine(order.OrderId, part.PartId, part.CooperativeId, line.Sku, category, rule?.Id, rule?.BasisPoints ?? defaultRate,
                    line.TotalVnd, commission, at));
                parts[part.PartId] = parts.GetValueOrDefault(part.PartId) + commission;
            }
        }

        return new PricedCommission(defaultRate, parts, lines);
    }

    /// <summary>The most specific rule that fits, the latest started winning a tie; null when none does.</summary>
    public static CommissionRule? Choose(
        IEnumerable<CommissionRule> inForce, CooperativeId cooperative, IReadOnlyList<(Guid Id, int Depth)> lineage, CooperativeStanding? standing,
        DateTimeOffset at)
    {
        CommissionRule? best = null;
        var bestKey = (Specificity: (-1, -2, -1), From: DateTimeOffset.MinValue, Created: DateTimeOffset.MinValue);
        foreach (var rule in inForce.Where(r => r.InForceAt(at)))
        {
            if ((rule.CooperativeId is { } only && only != cooperative) || !Fits(rule.Audience, standing, at))
            {
                continue;
            }

            var depth = -1;
            if (rule.CategoryId is { } category)
            {
                var match = lineage.FirstOrDefault(c => c.Id == category);
                if (match.Id != category)
                {
                    continue;
                }

                depth = match.Depth;
            }

            var key = (rule.Specificity(depth), rule.From, rule.CreatedAt);
            if (best is null || key.CompareTo(bestKey) > 0)
            {
                (best, bestKey) = (rule, key);
            }
        }

        return best;
    }

    public static async Task<int> DefaultBasisPointsAsync(PaymentsDbContext db, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.CommissionRates.AsNoTracking()
            .Where(r => r.EffectiveFrom <= at)
            .OrderByDescending(r => r.EffectiveFrom)
            .Select(r => (int?)r.BasisPoints)
            .FirstOrDefaultAsync(cancellationToken) ?? Commission.DefaultBasisPoints;

    public static async Task<List<CommissionRule>> InForceAsync(PaymentsDbContext db, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.CommissionRules.AsNoTracking()
            .Where(r => r.From <= at && (r.Until == null || r.Until > at))
            .ToListAsync(cancellationToken);

    public static async Task<CategoryTree> CategoryTreeAsync(ISender sender, IReadOnlyCollection<CommissionRule> rules, CancellationToken cancellationToken) =>
        rules.Any(r => r.CategoryId is not null)
            ? new CategoryTree(await sender.Send(new ListCategoriesQuery(), cancellationToken))
            : new CategoryTree([]);

    public static async Task<IReadOnlyDictionary<CooperativeId, CooperativeStanding>> StandingsAsync(
        ISender sender, IReadOnlyCollection<CommissionRule> rules, IReadOnlyCollection<CooperativeId> cooperatives, CancellationToken cancellationToken) =>
        rules.Any(r => r.Audience != CommissionAudience.Everyone)
            ? (await sender.Send(new GetCooperativeStandingsQuery(cooperatives), cancellationToken)).ToDictionary(s => s.CooperativeId)
            : new Dictionary<CooperativeId, CooperativeStanding>();

    private static bool Fits(CommissionAudience audience, CooperativeStanding? standing, DateTimeOffset at) => audience switch
    {
        CommissionAudience.NewCooperatives => standing?.ApprovedAt is { } approved && at < approved.AddDays(CommissionRule.NewForDays),
        CommissionAudience.OcopCooperatives => standing?.Ocop == true,
        _ => true,
    };
}

/// <summary>The category tree as Catalog gives it, for a category's lineage: itself and its parents, with their depths.</summary>
internal sealed class CategoryTree(IReadOnlyList<CategoryView> categories)
{
    private readonly Dictionary<Guid, CategoryView> _byId = categories.ToDictionary(c => c.CategoryId);

    public IReadOnlyList<(Guid Id, int Depth)> Lineage(Guid? category)
    {
        var lineage = new List<(Guid, int)>();
        for (var at = category; at is { } id && lineage.Count < 16;)
        {
            if (!_byId.TryGetValue(id, out var view))
            {
                lineage.Add((id, 0));
                break;
            }

            lineage.Add((id, view.Depth));
            at = view.ParentId;
        }

        return lineage;
    }

    public string? NameOf(Guid? category) =>
        category is { } id && _byId.TryGetValue(id, out var view)
            ? Bilingual.Pick(view.Name, view.NameEnglish.Length > 0 ? view.NameEnglish : view.Name)
            : null;

    public bool Has(Guid category) => _byId.ContainsKey(category);
}
