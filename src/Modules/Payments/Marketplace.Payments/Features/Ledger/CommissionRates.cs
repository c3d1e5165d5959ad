using System.Globalization;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Ledger;

/// <summary>
/// The commission rate is a history, not a setting: each change is a new rate in force from
/// now, and an order takes the one in force when it was placed, which its payment then keeps.
/// </summary>
internal sealed class CommissionRatesHandler(PaymentsDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<GetCommissionRateQuery, CommissionRateView>,
      ICommandHandler<SetCommissionRateCommand, Result<CommissionRateView>>
{
    public async ValueTask<CommissionRateView> Handle(GetCommissionRateQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rate = await db.CommissionRates.AsNoTracking()
            .Where(r => r.EffectiveFrom <= now)
            .OrderByDescending(r => r.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken);
        return rate is null
            ? new CommissionRateView(Commission.DefaultBasisPoints / 100m, null, null)
            : new CommissionRateView(rate.BasisPoints / 100m, rate.EffectiveFrom, rate.SetBy);
    }

    public async ValueTask<Result<CommissionRateView>> Handle(SetCommissionRateCommand command, CancellationToken cancellationToken)
    {
        var before = await Handle(new GetCommissionRateQuery(), cancellationToken);
        var rate = new CommissionRate((int)(command.Percent * 100m), clock.GetUtcNow(), command.ActorEmail);
        db.CommissionRates.Add(rate);
        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.CommissionChanged, "Commission", Guid.Empty, "%",
            $"{before.Percent.ToString(CultureInfo.InvariantCulture)} % → {command.Percent.ToString(CultureInfo.InvariantCulture)} %", cancellationToken);
        return new CommissionRateView(rate.BasisPoints / 100m, rate.EffectiveFrom, rate.SetBy);
    }
}
