using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Payments;

internal sealed class GetOrderForPaymentHandler(OrderingDbContext db)
    : IQueryHandler<GetOrderForPaymentQuery, OrderForPayment?>,
      IQueryHandler<FindOrderByNumberQuery, OrderId?>
{
    public async ValueTask<OrderId?> Handle(FindOrderByNumberQuery query, CancellationToken cancellationToken) =>
        await db.Orders.Where(o => o.Number == query.Number).Select(o => (OrderId?)o.Id).SingleOrDefaultAsync(cancellationToken);

    public async ValueTask<OrderForPayment?> Handle(GetOrderForPaymentQuery query, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Parts).SingleOrDefaultAsync(o => o.Id == query.OrderId, cancellationToken);
        return order is null
            ? null
            : new OrderForPayment(
                order.Id, order.Number, order.BuyerId, order.BuyerEmail, order.PaymentMethod, order.PlacedAt, order.Culture,
                order.Parts.Select(p => new PartForPayment(
                    p.Id, p.CooperativeId, p.VendorName, p.SubtotalVnd, p.TotalVnd, p.Status,
                    p.Lines.Select(l => new LineForPayment(l.VariantId, l.Sku, l.TotalVnd)).ToList(), p.DepositVnd)
                {
                    AllianceDiscountVnd = p.AllianceDiscountVnd,
                    CooperativeGoodsDiscountVnd = p.CooperativeGoodsDiscountVnd,
                }).ToList())
            { VoucherCode = order.VoucherCode };
    }
}
