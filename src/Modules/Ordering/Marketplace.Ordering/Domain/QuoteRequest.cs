using Marketplace.Ordering.Features.Rfqs;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Trade;

namespace Marketplace.Ordering.Domain;

/// <summary>
/// Where and on what terms a request is delivered: to a province of Vietnam, or abroad to
/// <see cref="Country"/> under an Incoterms® rule at a named place; with an HS code when the buyer gives one.
/// </summary>
internal sealed record DeliveryTerms(string Country, string? Incoterm, string? NamedPlace, string? HsCode)
{
    public static readonly DeliveryTerms Domestic = new(Countries.Vietnam, null, null, null);
}

internal sealed record RfqRecipient(CooperativeId CooperativeId, string VendorName);

internal sealed record RfqMessage(CooperativeId CooperativeId, bool FromBuyer, string Author, string Text, DateTimeOffset At);

/// <summary>A cooperative's answer to a request: offered (and revised), declined, or accepted into an order.</summary>
internal sealed record Quote(
    Guid Id,
    CooperativeId CooperativeId,
    string VendorName,
    QuoteStatus Status,
    int Quantity,
    long UnitPriceVnd,
    DateOnly? ValidUntil,
    int? LeadTimeDays,
    string? Note,
    string? Sku,
    VariantId? VariantId,
    int Revision,
    DateTimeOffset UpdatedAt,
    int? MinimumLot = null)
{
    public long TotalVnd => checked(UnitPriceVnd * Quantity);

    /// <summary>Offered until a day that has passed (in Vietnam): expired, by the calendar alone.</summary>
    public QuoteStatus StatusOn(DateOnly today) => Status == QuoteStatus.Offered && ValidUntil < today ? QuoteStatus.Expired : Status;
}

/// <summary>
/// A business buyer's request for quotation, sent to one or several cooperatives, with their
/// quotes and a conversation with each. It is accepted once, into one order.
/// </summary>
internal sealed class QuoteRequest
{
    private QuoteRequest()
    {
    }

    public QuoteRequest(
        string number, UserId buyerId, string buyerEmail, string? companyName, string subject, ProductId? productId, Guid? categoryId, int quantity,
        QuantityUnit unit,
        string deliveryProvince, DeliveryTerms terms, DateOnly deliveryDate, string? note, IReadOnlyList<RfqRecipient> recipients, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Number = number;
        BuyerId = buyerId;
        BuyerEmail = buyerEmail;
        CompanyName = companyName;
        Subject = subject;
        ProductId = productId;
        CategoryId = categoryId;
        Quantity = quantity;
        Unit = unit;
        DeliveryProvince = deliveryProvince;
        DestinationCountry = terms.Country;
        Incoterm = terms.Incoterm;
        NamedPlace = terms.NamedPlace;
        HsCode = terms.HsCode;
        DeliveryDate = deliveryDate;
        Note = note;
        Recipients = recipients.ToList();
        Status = RfqStatus.Open;
        CreatedAt = now;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    /// <summary>"RFQ-261126-4K7QZ2": what the buyer and the cooperatives call it.</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>Whose request it is.</summary>
    public UserId BuyerId { get; private set; }

    /// <summary>Where the request's mails go: the buyer's e-mail when it was made.</summary>
    public string BuyerEmail { get; private set; } = string.Empty;

    public string? CompanyName { get; private set; }

    /// <summary>The product's or the category's name when the request was made.</summary>
    public string Subject { get; private set; } = string.Empty;

    public ProductId? ProductId { get; private set; }

    public Guid? CategoryId { get; private set; }

    public int Quantity { get; private set; }

    public QuantityUnit Unit { get; private set; }

    /// <summary>The province a request from Vietnam is delivered to; empty for one from abroad.</summary>
    public string DeliveryProvince { get; private set; } = string.Empty;

    /// <summary>ISO 3166 code of the country the goods go to: "VN", or a buyer abroad's.</summary>
    public string DestinationCountry { get; private set; } = Countries.Vietnam;

    /// <summary>From abroad: the Incoterms® 2020 rule the price is asked under (FOB, CIF …).</summary>
    public string? Incoterm { get; private set; }

    /// <summary>From abroad: the rule's named place ("Cát Lái, Hồ Chí Minh" for FOB, "Yokohama" for CIF).</summary>
    public string? NamedPlace { get; private set; }

    /// <summary>The Harmonized System code the buyer declares the goods under, as digits; any request may name one.</summary>
    public string? HsCode { get; private set; }

    public DateOnly DeliveryDate { get; private set; }

    public string? Note { get; private set; }

    public RfqStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public OrderId? OrderId { get; private set; }

    public List<RfqRecipient> Recipients { get; private set; } = [];

    public List<Quote> Quotes { get; private set; } = [];

    public List<RfqMessage> Messages { get; private set; } = [];

    public Guid Version { get; private set; }

    public bool IsSentTo(CooperativeId cooperativeId) => Recipients.Any(r => r.CooperativeId == cooperativeId);

    public Result<Quote> Offer(
        CooperativeId cooperativeId,
        int quantity,
        long unitPriceVnd,
        DateOnly validUntil,
        int leadTimeDays,
        string? note,
        string? sku,
        VariantId? variantId,
        int? minimumLot,
        DateTimeOffset now)
    {
        if (Status != RfqStatus.Open)
        {
            return Closed();
        }

        var existing = Quotes.SingleOrDefault(q => q.CooperativeId == cooperativeId);
        var quote = new Quote(
            existing?.Id ?? Guid.NewGuid(), cooperativeId, Recipients.Single(r => r.CooperativeId == cooperativeId).VendorName, QuoteStatus.Offered,
            quantity, unitPriceVnd, validUntil, leadTimeDays, note, sku, variantId, (existing?.Revision ?? 0) + 1, now, minimumLot);
        Quotes = [.. Quotes.Where(q => q.CooperativeId != cooperativeId), quote];
        Touch();
        return quote;
    }

    public Result<Quote> Decline(CooperativeId cooperativeId, string? reason, DateTimeOffset now)
    {
        if (Status != RfqStatus.Open)
        {
            return Closed();
        }

        var existing = Quotes.SingleOrDefault(q => q.CooperativeId == cooperativeId);
        var quote = new Quote(
            existing?.Id ?? Guid.NewGuid(), cooperativeId, Recipients.Single(r => r.CooperativeId == cooperativeId).VendorName, QuoteStatus.Declined,
            0, 0, null, null, reason, null, null, (existing?.Revision ?? 0) + 1, now);
        Quotes = [.. Quotes.Where(q => q.CooperativeId != cooperativeId), quote];
        Touch();
        return quote;
    }

    public void Post(CooperativeId cooperativeId, bool fromBuyer, string author, string text, DateTimeOffset now)
    {
        Messages = [.. Messages, new RfqMessage(cooperativeId, fromBuyer, author, text, now)];
        Touch();
    }

    /// <summary>Marks the quotes accepted and the request closed into the order.</summary>
    public void Accepted(IReadOnlyCollection<Guid> quoteIds, OrderId orderId, DateTimeOffset now)
    {
        Quotes = Quotes.Select(q => quoteIds.Contains(q.Id) ? q with { Status = QuoteStatus.Accepted, UpdatedAt = now } : q).ToList();
        Status = RfqStatus.Accepted;
        OrderId = orderId;
        Touch();
    }

    private void Touch() => Version = Guid.NewGuid();

    private static Error Closed() => Error.Rule("rfq.closed", Bilingual.Pick(
        "Yêu cầu báo giá đã được chấp nhận: không nhận thêm báo giá.", "The request has been accepted: it takes no more quotes."));
}
