using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Ordering.Features.PlaceOrder;

/// <summary>
/// Checks the cart out in one order with a part per cooperative. Stock is taken for every line
/// or none; the same <see cref="IdempotencyKey"/> from the same buyer gives back the same order.
/// Its handler owns Ordering's transaction (ADR 0005): the claim on the cart, the stock Catalog
/// takes (its command joins) and the order commit together or not at all. <see cref="ExpectedTotalVnd"/>
/// is the total the buyer was shown: delivery is quoted again when the order is placed (a carrier's
/// price may have moved, the province changed without the page knowing), and an order that would
/// cost otherwise is refused, so nobody is charged what they did not see.
/// </summary>
internal sealed record PlaceOrderCommand(
    CartOwner Cart,
    UserId BuyerId,
    string BuyerEmail,
    string IdempotencyKey,
    DeliveryAddress Delivery,
    string? Note,
    PaymentMethod PaymentMethod,
    string Culture,
    bool BusinessBuyer = false,
    string? PurchaseOrderNumber = null,
    long? ExpectedTotalVnd = null) : IRequest<Result<OrderView>>, IOwnsTransaction<OrderingTransaction>;
