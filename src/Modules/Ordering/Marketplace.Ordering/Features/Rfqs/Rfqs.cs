using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>Units of weight a request for quotation is made in: kg, yến (10 kg), tạ (100 kg), tấn (1,000 kg).</summary>
internal enum QuantityUnit
{
    Kg,
    Yen,
    Ta,
    Tan,
}

internal enum RfqStatus
{
    Open,
    Accepted,
}

/// <summary>A quote's state; Expired is not stored: a quote offered until a day that has passed is expired by the calendar.</summary>
internal enum QuoteStatus
{
    Offered,
    Declined,
    Accepted,
    Expired,
}

internal sealed record RfqMessageView(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId, bool FromBuyer, string Author, string Text, DateTimeOffset At);

internal sealed record QuoteView(
    Guid QuoteId,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string VendorName,
    QuoteStatus Status,
    int Quantity,
    Money UnitPrice,
    Money Total,
    DateOnly? ValidUntil,
    int? LeadTimeDays,
    string? Note,
    string? Sku,
    int Revision,
    DateTimeOffset UpdatedAt,
    int? MinimumLot);

internal sealed record RfqRecipientView([property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId, string VendorName);

internal sealed record RfqView(
    Guid RfqId,
    string Number,
    string BuyerEmail,
    string? CompanyName,
    string Subject,
    ProductId? ProductId,
    Guid? CategoryId,
    int Quantity,
    QuantityUnit Unit,
    string DeliveryProvince,
    string DestinationCountry,
    string? Incoterm,
    string? NamedPlace,
    string? HsCode,
    DateOnly DeliveryDate,
    string? Note,
    RfqStatus Status,
    DateTimeOffset CreatedAt,
    OrderId? OrderId,
    IReadOnlyList<RfqRecipientView> Recipients,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<RfqMessageView> Messages);

/// <summary>
/// A verified business buyer asks for a quantity of a product or of a category, delivered by a date
/// to a province, or abroad (<see cref="DestinationCountry"/> other than VN) under an Incoterms® rule
/// at a named place: of one cooperative (<see cref="CooperativeId"/>) or of every cooperative that
/// sells it now. Any request may name the goods' HS code.
/// </summary>
internal sealed record CreateRfqCommand(
    UserId BuyerId,
    string BuyerEmail,
    bool VerifiedBusinessBuyer,
    ProductId? ProductId,
    Guid? CategoryId,
    int Quantity,
    QuantityUnit Unit,
    string DeliveryProvince,
    DateOnly DeliveryDate,
    string? Note,
    CooperativeId? CooperativeId,
    string? DestinationCountry = null,
    string? Incoterm = null,
    string? NamedPlace = null,
    string? HsCode = null) : ICommand<Result<RfqView>>, IRunsIn<OrderingTransaction>;

internal sealed record ListMyRfqsQuery(UserId BuyerId) : IQuery<IReadOnlyList<RfqView>>;

/// <summary>The buyer's own request with every quote and conversation.</summary>
internal sealed record GetRfqQuery(Guid RfqId, UserId BuyerId) : IQuery<Result<RfqView>>;

/// <summary>The requests sent to a cooperative, for its people; each shows only the cooperative's own quote and conversation.</summary>
internal sealed record ListVendorRfqsQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<IReadOnlyList<RfqView>>>;

internal sealed record GetVendorRfqQuery(Guid RfqId, CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<RfqView>>;

/// <summary>
/// A cooperative quotes, or revises its quote: the quantity it can supply, the price per unit of the
/// request (under its Incoterms® rule when from abroad), until when, in how many days, and the least
/// it ships in one order (<see cref="MinimumLot"/>, in the request's unit).
/// </summary>
internal sealed record SubmitQuoteCommand(
    Guid RfqId,
    CooperativeId CooperativeId,
    UserId ActorId,
    int Quantity,
    long UnitPriceVnd,
    DateOnly ValidUntil,
    int LeadTimeDays,
    string? Note,
    string? Sku,
    int? MinimumLot = null) : ICommand<Result<RfqView>>, IRunsIn<OrderingTransaction>;

internal sealed record DeclineRfqCommand(Guid RfqId, CooperativeId CooperativeId, UserId ActorId, string? Reason)
    : ICommand<Result<RfqView>>, IRunsIn<OrderingTransaction>;

/// <summary>A message in the conversation between the buyer and one cooperative about the request.</summary>
internal sealed record PostRfqMessageCommand(Guid RfqId, CooperativeId? CooperativeId, UserId ActorId, string ActorEmail, bool AsBuyer, string Text)
    : ICommand<Result<RfqView>>, IRunsIn<OrderingTransaction>;

internal sealed record AcceptedQuote(Guid QuoteId, int? Quantity = null);

/// <summary>
/// The buyer accepts one quote, or several that together cover the quantity: one order with a part
/// per cooperative at the quoted prices, stock reserved where the quote names a variant in stock.
/// Accepting again gives back the same order. Its handler owns Ordering's transaction (ADR 0005):
/// Catalog's stock command joins it, so the stock and the order commit together or not at all.
/// </summary>
internal sealed record AcceptQuotesCommand(
    Guid RfqId,
    UserId BuyerId,
    IReadOnlyList<AcceptedQuote> Quotes,
    PaymentMethod PaymentMethod,
    string? PurchaseOrderNumber,
    DeliveryAddress Delivery,
    string Culture) : IRequest<Result<OrderView>>, IOwnsTransaction<OrderingTransaction>;
