using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Contracts;

/// <summary>
/// The contracts' deliveries coming due (within <see cref="PlaceDueContractDeliveriesHandler.LeadDays"/>) become orders: one order
/// of one part each, at the agreed price and the cooperative's shipping, paid as the terms say,
/// invoiced and fulfilled as any order. The goods are grown for the contract, not taken from
/// the shelf: the line names the variant and holds no stock. A paused contract's due deliveries
/// are skipped instead. Each delivery becomes one order, whichever instance runs the round and
/// however often (the delivery is marked in the same save, and the order's key is the delivery's).
/// </summary>
internal sealed record PlaceDueContractDeliveriesCommand : ICommand<int>, IRunsIn<OrderingTransaction>;

internal sealed class PlaceDueContractDeliveriesHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<PlaceDueContractDeliveriesCommand, int>
{
    /// <summary>How many days before its date a delivery's order is placed: the cooperative's time to confirm and pack it.</summary>
    public const int LeadDays = 3;

    public async ValueTask<int> Handle(PlaceDueContractDeliveriesCommand command, CancellationToken cancellationToken)
    {
        var horizon = clock.Today().AddDays(LeadDays);
        var contracts = await db.Contracts.Include(c => c.Deliveries)
            .Where(c => c.Deliveries.Any(d => d.Status == DeliveryStatus.Scheduled && d.DueOn <= horizon))
            .OrderBy(c => c.CreatedAt)
            .Take(100)
            .ToListAsync(cancellationToken);
        if (contracts.Count == 0)
        {
            return 0;
        }

        var variants = (await sender.Send(new GetProductsForCheckoutQuery([.. contracts.Select(c => c.VariantId).Distinct()]), cancellationToken))
            .ToDictionary(v => v.VariantId);
        var shipping = await sender.Send(new GetShippingTermsQuery([.. contracts.Select(c => c.CooperativeId).Distinct()]), cancellationToken);
        var now = clock.GetUtcNow();
        var placed = 0;
        foreach (var contract in contracts)
        {
            foreach (var delivery in contract.Deliveries.Where(d => d.Status == DeliveryStatus.Scheduled && d.DueOn <= horizon).OrderBy(d => d.Sequence))
            {
                if (contract.Status == ContractStatus.Paused)
                {
                    delivery.Skip();
                    continue;
                }

                if (contract.Status is not (ContractStatus.Active or ContractStatus.Ended))
                {
                    continue;
                }

                var terms = contract.Terms;
                var line = new OrderLine(
                    contract.VariantId, contract.Sku, contract.ProductName, contract.Unit, variants.GetValueOrDefault(contract.VariantId)?.NetWeightGrams,
                    terms.QuantityPerDelivery, delivery.PriceVnd ?? terms.PriceVnd, StockQuantity: 0);
                var fee = shipping.TryGetValue(contract.CooperativeId, out var t) ? t.FeeFor(Money.Dong(line.TotalVnd)).Amount : 0;
                var cash = terms.Payment == ContractPayment.OnDelivery;
                var order = new Order(
                    OrderId.New(), Order.NewNumber(now), contract.BuyerId, contract.BuyerEmail, $"contract-{delivery.Id}", contract.Delivery with { },
                    Bilingual.Pick(
                        contract.Culture,
                        $"Hợp đồng {contract.Number}: lần giao {delivery.Sequence}/{terms.Deliveries}, hạn {delivery.DueOn:dd/MM/yyyy}",
                        $"Contract {contract.Number}: delivery {delivery.Sequence} of {terms.Deliveries}, due {delivery.DueOn:yyyy-MM-dd}"),
                    cash ? PaymentMethod.CashOnDelivery : PaymentMethod.BankTransfer, contract.Culture, now);
                var part = new OrderPart(OrderPartId.New(), order.Id, contract.CooperativeId, contract.VendorName, [line], fee, cash, now);
                order.Add(part);
                db.Orders.Add(order);
                db.AddIntegrationEvent(order.Placed());
                delivery.Ordered(order.Id, part.Id);
                placed++;
            }

            contract.DeliveriesMoved();
        }

        return placed;
    }
}

internal sealed class ContractOptions
{
    public const string Section = "Contracts";

    /// <summary>How often the deliveries coming due are looked for: a delivery is due on a day, so an hour is soon enough.</summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Runs <see cref="PlaceDueContractDeliveriesCommand"/> every <see cref="ContractOptions.DeliveryInterval"/>, on the one instance
/// holding the job's lease.
/// </summary>
internal sealed class ContractDeliveryWatcher(
    IServiceScopeFactory scopes, InstanceIdentity instance, TimeProvider clock, IOptions<ContractOptions> options, ILogger<ContractDeliveryWatcher> logger)
    : LeasedRound<OrderingDbContext>(scopes, instance, clock, logger)
{
    public const string Job = "contract-deliveries";

    protected override string JobName => Job;

    protected override TimeSpan Interval => options.Value.DeliveryInterval;

    protected override Task RunAsync(ISender sender, CancellationToken cancellationToken) =>
        sender.Send(new PlaceDueContractDeliveriesCommand(), cancellationToken).AsTask();
}
