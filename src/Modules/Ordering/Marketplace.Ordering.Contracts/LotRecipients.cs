using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Ordering.Contracts;

/// <summary>An order that received units of a lot, with where they went and who to call.</summary>
public sealed record LotRecipient(
    OrderId OrderId,
    string OrderNumber,
    string Recipient,
    string Phone,
    string Province,
    string Sku,
    int Quantity,
    string Unit,
    DateTimeOffset ShippedAt,
    PartStatus PartStatus);

/// <summary>
/// Everyone who received units of a lot, newest shipment first: for the lot's cooperative and
/// the admins, who alone may ask (Catalog, which owns the lot, checks it before asking).
/// </summary>
public sealed record GetLotRecipientsQuery(Guid LotId) : IQuery<IReadOnlyList<LotRecipient>>;
