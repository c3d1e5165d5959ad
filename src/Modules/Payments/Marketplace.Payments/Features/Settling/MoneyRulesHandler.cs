using FluentValidation;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Settling;

/// <summary>The money rules are a history like the commission rate: each change is a new rule in force from now.</summary>
internal sealed class MoneyRulesHandler(PaymentsDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<GetMoneyRulesQuery, MoneyRulesView>,
      IQueryHandler<ListMoneyRulesQuery, IReadOnlyList<MoneyRulesView>>,
      ICommandHandler<SetMoneyRulesCommand, Result<MoneyRulesView>>
{
    public async ValueTask<MoneyRulesView> Handle(GetMoneyRulesQuery query, CancellationToken cancellationToken) =>
        View(await MoneyRulesInForce.AtAsync(db, clock.GetUtcNow(), cancellationToken));

    public async ValueTask<IReadOnlyList<MoneyRulesView>> Handle(ListMoneyRulesQuery query, CancellationToken cancellationToken)
    {
        var rules = await db.MoneyRules.AsNoTracking().ToListAsync(cancellationToken);
        return rules.OrderByDescending(r => r.EffectiveFrom).Select(View).ToList();
    }

    public async ValueTask<Result<MoneyRulesView>> Handle(SetMoneyRulesCommand command, CancellationToken cancellationToken)
    {
        var before = await Handle(new GetMoneyRulesQuery(), cancellationToken);
        var rules = new MoneyRules(command.HoldDays, command.DebtLimitVnd, command.SettlementDay, command.GraceDays, clock.GetUtcNow(), command.ActorEmail);
        db.MoneyRules.Add(rules);
        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.MoneyRulesChanged, "MoneyRules", rules.Id, "MoneyRules", $"{Describe(before)} → {Describe(View(rules))}",
            cancellationToken);
        return View(rules);
    }

    private static MoneyRulesView View(MoneyRules r) =>
        new(r.HoldDays, r.DebtLimitVnd, r.SettlementDay, r.GraceDays, r.SetBy.Length == 0 ? null : r.EffectiveFrom, r.SetBy.Length == 0 ? null : r.SetBy);

    private static string Describe(MoneyRulesView r) => Bilingual.Pick(
        $"giữ {r.HoldDays} ngày, hạn mức nợ {MoneyAudit.Dong(r.DebtLimitVnd)}, ngày {r.SettlementDay}, ân hạn {r.GraceDays} ngày",
        $"hold {r.HoldDays} days, debt limit {MoneyAudit.Dong(r.DebtLimitVnd)}, day {r.SettlementDay}, grace {r.GraceDays} days");
}

internal sealed class SetMoneyRulesValidator : AbstractValidator<SetMoneyRulesCommand>
{
    public SetMoneyRulesValidator()
    {
        RuleFor(c => c.HoldDays).InclusiveBetween(0, 60)
            .WithMessage(_ => Bilingual.Pick("Số ngày giữ tiền từ 0 đến 60.", "Holding days must be 0 to 60."));
        RuleFor(c => c.DebtLimitVnd).InclusiveBetween(0, 1_000_000_000)
            .WithMessage(_ => Bilingual.Pick("Hạn mức nợ từ 0 đến 1.000.000.000 ₫.", "The debt limit must be 0 to 1,000,000,000 ₫."));
        RuleFor(c => c.SettlementDay).InclusiveBetween(1, 28)
            .WithMessage(_ => Bilingual.Pick("Ngày đối soát trong tháng từ 1 đến 28.", "The settlement day must be 1 to 28."));
        RuleFor(c => c.GraceDays).InclusiveBetween(1, 60)
            .WithMessage(_ => Bilingual.Pick("Số ngày ân hạn từ 1 đến 60.", "Grace days must be 1 to 60."));
    }
}
