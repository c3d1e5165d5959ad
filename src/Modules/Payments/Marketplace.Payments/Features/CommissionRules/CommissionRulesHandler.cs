using System.Globalization;
using FluentValidation;
using Marketplace.Catalog.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.CommissionRules;

/// <summary>
/// The commission rules: made and ended by the admins (both audited), never edited, listed with
/// what each has priced; and what an order's lines were priced at.
/// </summary>
internal sealed class CommissionRulesHandler(PaymentsDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListCommissionRulesQuery, CommissionRulesView>,
      ICommandHandler<AddCommissionRuleCommand, Result<CommissionRuleView>>,
      ICommandHandler<EndCommissionRuleCommand, Result<CommissionRuleView>>,
      IQueryHandler<GetApplicableCommissionQuery, Result<ApplicableCommissionView>>,
      IQueryHandler<GetOrderCommissionQuery, IReadOnlyList<OrderCommissionLineView>>
{
    public async ValueTask<CommissionRulesView> Handle(ListCommissionRulesQuery query, CancellationToken cancellationToken)
    {
        var rates = await db.CommissionRates.AsNoTracking().ToListAsync(cancellationToken);
        var defaults = rates.OrderByDescending(r => r.EffectiveFrom).Select(r => new DefaultRateView(r.BasisPoints / 100m, r.EffectiveFrom, r.SetBy)).ToList();
        if (defaults.Count == 0)
        {
            defaults.Add(new DefaultRateView(Commission.DefaultBasisPoints / 100m, null, null));
        }

        var rules = await db.CommissionRules.AsNoTracking().ToListAsync(cancellationToken);
        var tree = new CategoryTree(await sender.Send(new ListCategoriesQuery(), cancellationToken));
        var usage = await UsageAsync(null, cancellationToken);
        var now = clock.GetUtcNow();
        var views = rules
            .Select(r => View(r, tree, usage.GetValueOrDefault(r.Id), now))
            .OrderBy(v => v.State == CommissionRuleState.Ended)
            .ThenByDescending(v => v.From)
            .ToList();
        return new CommissionRulesView(defaults, views);
    }

    public async ValueTask<Result<CommissionRuleView>> Handle(AddCommissionRuleCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var from = command.From is { } asked && asked > now ? asked : now;
        string? vendorName = null;
        if (command.CooperativeId is { } cooperativeId)
        {
            var standing = (await sender.Send(new GetCooperativeStandingsQuery([cooperativeId]), cancellationToken)).SingleOrDefault();
            if (standing is null)
            {
                return Invalid("CooperativeId", Bilingual.Pick("Không có hợp tác xã này.", "There is no such cooperative."));
            }

            vendorName = standing.Name;
        }

        var tree = new CategoryTree(await sender.Send(new ListCategoriesQuery(), cancellationToken));
        if (command.CategoryId is { } categoryId && !tree.Has(categoryId))
        {
            return Invalid("CategoryId", Bilingual.Pick("Không có danh mục này.", "There is no such category."));
        }

        var until = command.Until;
        var overlapping = await db.CommissionRules.AsNoTracking()
            .Where(r => r.CooperativeId == command.CooperativeId && r.CategoryId == command.CategoryId && r.Audience == command.Audience)
            .Where(r => r.Until == null || r.Until > r.From) // a rule ended before it began prices nothing
            .Where(r => (r.Until == null || r.Until > from) && (until == null || r.From < until))
            .AnyAsync(cancellationToken);
        if (overlapping)
        {
            return Error.Conflict("commission_rule.overlaps", Bilingual.Pick(
                "Đã có một quy tắc cho đúng phạm vi này trong khoảng thời gian đó: hãy kết thúc nó trước.",
                "A rule for exactly this scope already covers that time: end it first."));
        }

        var rule = new CommissionRule(
            new CommissionRuleTerms(
                command.CooperativeId, vendorName, command.CategoryId, command.Audience, (int)(command.Percent * 100m),
                command.FloorVnd, command.CapVnd, until, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim()),
            from, now, command.ActorEmail);
        db.CommissionRules.Add(rule);
        var view = View(rule, tree, default, now);
        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.CommissionRuleAdded, "CommissionRule", rule.Id, Scope(view), Describe(view), (null, Describe(view)),
            cancellationToken);
        return view;
    }

    public async ValueTask<Result<CommissionRuleView>> Handle(EndCommissionRuleCommand command, CancellationToken cancellationToken)
    {
        var rule = await db.CommissionRules.SingleOrDefaultAsync(r => r.Id == command.RuleId, cancellationToken);
        if (rule is null)
        {
            return Error.NotFound("commission_rule.not_found", Bilingual.Pick("Không có quy tắc hoa hồng này.", "There is no such commission rule."));
        }

        var now = clock.GetUtcNow();
        if (rule.Ended(now))
        {
            return Error.Conflict("commission_rule.ended", Bilingual.Pick("Quy tắc này đã kết thúc.", "This rule has already ended."));
        }

        var tree = new CategoryTree(await sender.Send(new ListCategoriesQuery(), cancellationToken));
        var before = View(rule, tree, default, now);
        rule.End(now, command.ActorEmail);
        var usage = await UsageAsync(rule.Id, cancellationToken);
        var view = View(rule, tree, usage.GetValueOrDefault(rule.Id), now);
        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.CommissionRuleEnded, "CommissionRule", rule.Id, Scope(view), Describe(view), (Describe(before), Describe(view)),
            cancellationToken);
        return view;
    }

    public async ValueTask<Result<ApplicableCommissionView>> Handle(GetApplicableCommissionQuery query, CancellationToken cancellationToken)
    {
        var standing = (await sender.Send(new GetCooperativeStandingsQuery([query.CooperativeId]), cancellationToken)).SingleOrDefault();
        if (standing is null)
        {
            return CooperativeErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var rules = await CommissionPricing.InForceAsync(db, now, cancellationToken);
        var tree = await CommissionPricing.CategoryTreeAsync(sender, rules, cancellationToken);
        var rule = CommissionPricing.Choose(rules, query.CooperativeId, tree.Lineage(query.CategoryId), standing, now);
        return rule is null
            ? new ApplicableCommissionView(null, await CommissionPricing.DefaultBasisPointsAsync(db, now, cancellationToken) / 100m, null, null)
            : new ApplicableCommissionView(rule.Id, rule.BasisPoints / 100m, rule.FloorVnd, rule.CapVnd);
    }

    public async ValueTask<IReadOnlyList<OrderCommissionLineView>> Handle(GetOrderCommissionQuery query, CancellationToken cancellationToken)
    {
        var lines = await db.CommissionLines.AsNoTracking().Where(l => l.OrderId == query.OrderId).ToListAsync(cancellationToken);
        var ruleIds = lines.Select(l => l.RuleId).OfType<Guid>().Distinct().ToList();
        var scopes = new Dictionary<Guid, string>();
        if (ruleIds.Count > 0)
        {
            var tree = new CategoryTree(await sender.Send(new ListCategoriesQuery(), cancellationToken));
            var now = clock.GetUtcNow();
            foreach (var rule in await db.CommissionRules.AsNoTracking().Where(r => ruleIds.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                scopes[rule.Id] = Scope(View(rule, tree, default, now));
            }
        }

        return lines
            .OrderBy(l => l.PricedAt).ThenBy(l => l.Sku, StringComparer.Ordinal)
            .Select(l => new OrderCommissionLineView(
                l.PartId, l.CooperativeId, l.Sku, l.CategoryId, l.RuleId, l.RuleId is { } id ? scopes.GetValueOrDefault(id) : null,
                l.BasisPoints / 100m, Money.Dong(l.GoodsVnd), Money.Dong(l.CommissionVnd)))
            .ToList();
    }

    /// <summary>Lines priced and commission per rule, read from the lines kept with the orders (one rule's, or all).</summary>
    private async Task<Dictionary<Guid, (int Lines, long CommissionVnd)>> UsageAsync(Guid? ruleId, CancellationToken cancellationToken)
    {
        var lines = db.CommissionLines.AsNoTracking().Where(l => l.RuleId != null);
        if (ruleId is { } id)
        {
            lines = lines.Where(l => l.RuleId == id);
        }

        var usage = await lines
            .GroupBy(l => l.RuleId!.Value)
            .Select(g => new { RuleId = g.Key, Lines = g.Count(), CommissionVnd = g.Sum(l => l.CommissionVnd) })
            .ToListAsync(cancellationToken);
        return usage.ToDictionary(u => u.RuleId, u => (u.Lines, u.CommissionVnd));
    }

    private static CommissionRuleView View(CommissionRule r, CategoryTree tree, (int Lines, long CommissionVnd) usage, DateTimeOffset now) =>
        new(
            r.Id, r.CooperativeId, r.VendorName, r.CategoryId, tree.NameOf(r.CategoryId), r.Audience, r.BasisPoints / 100m, r.FloorVnd, r.CapVnd,
            r.From, r.Until,
            r.Ended(now) ? CommissionRuleState.Ended : r.From > now ? CommissionRuleState.Scheduled : CommissionRuleState.InForce,
            r.Note, r.CreatedBy, r.CreatedAt, r.EndedBy, usage.Lines, Money.Dong(usage.CommissionVnd));

    /// <summary>Whose goods the rule prices, in words: "HTX Suối Giàng · Trà · OCOP".</summary>
    public static string Scope(CommissionRuleView rule)
    {
        var parts = new List<string>();
        if (rule.VendorName is { } vendor)
        {
            parts.Add(vendor);
        }

        if (rule.CategoryName is { } category)
        {
            parts.Add(category);
        }

        if (rule.Audience != CommissionAudience.Everyone)
        {
            parts.Add(rule.Audience == CommissionAudience.NewCooperatives
                ? Bilingual.Pick("HTX mới", "new cooperatives")
                : Bilingual.Pick("HTX có OCOP", "OCOP cooperatives"));
        }

        return parts.Count == 0 ? Bilingual.Pick("Mọi hàng hóa", "All goods") : string.Join(" · ", parts);
    }

    private static string Describe(CommissionRuleView rule)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var rate = rule.Percent.ToString(CultureInfo.InvariantCulture) + " %";
        var floor = rule.FloorVnd is { } f ? Bilingual.Pick($", tối thiểu {MoneyAudit.Dong(f)}", $", floor {MoneyAudit.Dong(f)}") : string.Empty;
        var cap = rule.CapVnd is { } c ? Bilingual.Pick($", tối đa {MoneyAudit.Dong(c)}", $", cap {MoneyAudit.Dong(c)}") : string.Empty;
        var from = rule.From.InVietnam().ToString("dd/MM/yyyy HH:mm", vi);
        var until = rule.Until is { } u ? u.InVietnam().ToString("dd/MM/yyyy HH:mm", vi) : "…";
        return $"{rate}{floor}{cap}, {from} → {until}";
    }

    private static Error Invalid(string field, string message) => Error.Validation(new Dictionary<string, string[]> { [field] = [message] });
}

internal sealed class AddCommissionRuleValidator : AbstractValidator<AddCommissionRuleCommand>
{
    public AddCommissionRuleValidator(TimeProvider clock)
    {
        RuleFor(c => c.Percent).IsCommissionPercent();
        RuleFor(c => c.Audience).IsInEnum()
            .WithMessage(_ => Bilingual.Pick("Đối tượng không hợp lệ.", "Unknown audience."));
        RuleFor(c => c.FloorVnd).InclusiveBetween(0, 1_000_000_000).When(c => c.FloorVnd is not null)
            .WithMessage(_ => Bilingual.Pick("Mức tối thiểu từ 0 đến 1.000.000.000 ₫.", "The floor must be 0 to 1,000,000,000 ₫."));
        RuleFor(c => c.CapVnd).InclusiveBetween(1, 1_000_000_000).When(c => c.CapVnd is not null)
            .WithMessage(_ => Bilingual.Pick("Mức tối đa từ 1 đến 1.000.000.000 ₫.", "The cap must be 1 to 1,000,000,000 ₫."));
        RuleFor(c => c.CapVnd).Must((c, cap) => cap >= c.FloorVnd).When(c => c.CapVnd is not null && c.FloorVnd is not null)
            .WithMessage(_ => Bilingual.Pick("Mức tối đa không được nhỏ hơn mức tối thiểu.", "The cap cannot be below the floor."));
        RuleFor(c => c.From)
            .Must(from => from >= clock.GetUtcNow().AddMinutes(-5))
                .WithMessage(_ => Bilingual.Pick(
                    "Quy tắc không áp dụng hồi tố: hãy chọn từ bây giờ trở đi.", "A rule cannot start in the past: choose now or later."))
            .Must(from => from <= clock.GetUtcNow().AddYears(10))
                .WithMessage(_ => Bilingual.Pick("Quy tắc bắt đầu trong vòng 10 năm tới.", "A rule starts within the next 10 years."))
            .When(c => c.From is not null);

        // Against the moment the rule really starts: a start a minute ago is now (see the handler).
        RuleFor(c => c.Until)
            .Must((c, until) => until > Start(c, clock))
                .WithMessage(_ => Bilingual.Pick("Ngày kết thúc phải sau ngày bắt đầu.", "The end must come after the start."))
            .Must((c, until) => until <= Start(c, clock).AddYears(10))
                .WithMessage(_ => Bilingual.Pick("Quy tắc kéo dài tối đa 10 năm.", "A rule lasts 10 years at most."))
            .When(c => c.Until is not null && (c.From is null || c.From <= clock.GetUtcNow().AddYears(10)));
        RuleFor(c => c.Note).MaximumLength(200)
            .WithMessage(_ => Bilingual.Pick("Ghi chú tối đa 200 ký tự.", "The note has at most 200 characters."));
    }

    private static DateTimeOffset Start(AddCommissionRuleCommand command, TimeProvider clock) =>
        command.From is { } from && from > clock.GetUtcNow() ? from : clock.GetUtcNow();
}
