using System.ComponentModel;
using FluentValidation;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Marketplace.Payments.Features.ExchangeRates;

/// <summary>A rate as the admins read it, with who set it.</summary>
internal sealed record ExchangeRateHistoryView(string Currency, decimal VndPerUnit, DateTimeOffset SetAt, string SetBy);

/// <summary>Each currency's rate in force (none until set), and the rates set before, newest first.</summary>
internal sealed record ExchangeRatesView(IReadOnlyList<ExchangeRateView> InForce, IReadOnlyList<ExchangeRateHistoryView> History);

internal sealed record ListExchangeRatesQuery : IQuery<ExchangeRatesView>;

/// <summary>An admin sets the rate prices are shown at in a currency from now on (audited).</summary>
internal sealed record SetExchangeRateCommand(string Currency, decimal VndPerUnit, string ActorEmail)
    : ICommand<Result<ExchangeRateView>>, IRunsIn<PaymentsTransaction>;

internal sealed class ExchangeRatesHandler(PaymentsDbContext db, ISender sender, HybridCache cache, TimeProvider clock)
    : IQueryHandler<ListExchangeRatesQuery, ExchangeRatesView>,
      IQueryHandler<GetExchangeRateQuery, ExchangeRateView?>,
      ICommandHandler<SetExchangeRateCommand, Result<ExchangeRateView>>
{
    private const int HistoryShown = 50;

    public async ValueTask<ExchangeRatesView> Handle(ListExchangeRatesQuery query, CancellationToken cancellationToken)
    {
        var history = await db.ExchangeRates.AsNoTracking()
            .OrderByDescending(r => r.SetAt)
            .Take(HistoryShown)
            .Select(r => new ExchangeRateHistoryView(r.Currency, r.VndPerUnit, r.SetAt, r.SetBy))
            .ToListAsync(cancellationToken);
        var inForce = new List<ExchangeRateView>();
        foreach (var currency in DisplayCurrency.Foreign)
        {
            if (await Handle(new GetExchangeRateQuery(currency), cancellationToken) is { } rate)
            {
                inForce.Add(rate);
            }
        }

        return new ExchangeRatesView(inForce, history);
    }

    /// <summary>
    /// The rate in force, from the rates held in the cache (every page of a visitor who chose a
    /// second currency asks; a new rate evicts them when it is saved, PaymentsDbContext).
    /// </summary>
    public async ValueTask<ExchangeRateView?> Handle(GetExchangeRateQuery query, CancellationToken cancellationToken)
    {
        var held = await cache.GetOrCreateAsync(
            PaymentsCache.ExchangeRates,
            async token => new RatesInForce(await InForceAsync(token)),
            cancellationToken: cancellationToken);
        return held.Rates.FirstOrDefault(r => r.Currency == query.Currency);
    }

    /// <summary>Each currency's latest rate, a query each: the history only grows.</summary>
    private async Task<IReadOnlyList<ExchangeRateView>> InForceAsync(CancellationToken cancellationToken)
    {
        var rates = new List<ExchangeRateView>();
        foreach (var currency in DisplayCurrency.Foreign)
        {
            if (await db.ExchangeRates.AsNoTracking().Where(r => r.Currency == currency).OrderByDescending(r => r.SetAt)
                    .Select(r => new ExchangeRateView(r.Currency, r.VndPerUnit, r.SetAt)).FirstOrDefaultAsync(cancellationToken) is { } rate)
            {
                rates.Add(rate);
            }
        }

        return rates;
    }

    /// <summary>Sealed and immutable, so the cache hands out the copy it holds instead of a copy per read.</summary>
    [ImmutableObject(true)]
    private sealed record RatesInForce(IReadOnlyList<ExchangeRateView> Rates);

    public async ValueTask<Result<ExchangeRateView>> Handle(SetExchangeRateCommand command, CancellationToken cancellationToken)
    {
        // The audit's "before" from the database, not from a copy another instance may not have evicted yet.
        var before = (await InForceAsync(cancellationToken)).FirstOrDefault(r => r.Currency == command.Currency);
        var rate = new ExchangeRate(command.Currency, command.VndPerUnit, clock.GetUtcNow(), command.ActorEmail);
        db.ExchangeRates.Add(rate);
        // The subject is the currency (the same id for each of its rates), so the log filters one currency's history.
        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.ExchangeRateSet, "ExchangeRate", SubjectOf(command.Currency), command.Currency,
            $"1 {command.Currency}", (before is null ? null : MoneyAudit.Rate(before.VndPerUnit), MoneyAudit.Rate(rate.VndPerUnit)),
            cancellationToken);
        return new ExchangeRateView(rate.Currency, rate.VndPerUnit, rate.SetAt);
    }

    /// <summary>A currency's fixed id in the audit log: its code in the first bytes of a Guid.</summary>
    public static Guid SubjectOf(string currency)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Text.Encoding.ASCII.GetBytes(currency, bytes);
        return new Guid(bytes);
    }
}

/// <summary>
/// A rate is đồng for one unit, positive, to four decimals; bounded so that a slip of a digit (or
/// of the currency) is refused: a dollar between 1,000 and 1,000,000 đồng, a yen between 10 and 10,000.
/// </summary>
internal sealed class SetExchangeRateValidator : AbstractValidator<SetExchangeRateCommand>
{
    public SetExchangeRateValidator()
    {
        RuleFor(c => c.Currency).Must(DisplayCurrency.Foreign.Contains).WithMessage(_ => Bilingual.Pick(
            $"Chỉ đặt tỷ giá cho {string.Join(", ", DisplayCurrency.Foreign)}.", $"Rates are set for {string.Join(", ", DisplayCurrency.Foreign)} only."));
        RuleFor(c => c.VndPerUnit)
            .Must((c, rate) => rate >= Low(c.Currency) && rate <= Low(c.Currency) * 1_000)
            .When(c => DisplayCurrency.Foreign.Contains(c.Currency))
            .WithName(_ => Bilingual.Pick("Tỷ giá", "Rate"))
            .WithMessage(c => Bilingual.Pick(
                $"Tỷ giá 1 {c.Currency} phải từ {Low(c.Currency):#,0} đến {Low(c.Currency) * 1_000:#,0} đồng.",
                $"The rate of 1 {c.Currency} must be between {Low(c.Currency):#,0} and {Low(c.Currency) * 1_000:#,0} đồng."));
        RuleFor(c => c.VndPerUnit).Must(rate => decimal.Round(rate, 4) == rate).WithName(_ => Bilingual.Pick("Tỷ giá", "Rate"))
            .WithMessage(_ => Bilingual.Pick("Tỷ giá có tối đa bốn chữ số thập phân.", "A rate has at most four decimals."));
    }

    private static decimal Low(string currency) => currency == "JPY" ? 10 : 1_000;
}
