namespace Marketplace.Ordering.Features.Contracts;

/// <summary>The terms as the pages' forms post them (proposal and counter-offer alike).</summary>
internal sealed class TermsForm
{
    public int QuantityPerDelivery { get; set; }

    public string? Cadence { get; set; } = "Monthly";

    public DateOnly? FirstDeliveryOn { get; set; }

    public int Deliveries { get; set; } = 12;

    public long PriceVnd { get; set; }

    public long? PriceFloorVnd { get; set; }

    public long? PriceCeilingVnd { get; set; }

    public string? Payment { get; set; } = "OnDelivery";

    public int NoticeDays { get; set; } = 30;

    public TermsInput ToInput() =>
        new(QuantityPerDelivery, Cadence, FirstDeliveryOn, Deliveries, PriceVnd, Payment, NoticeDays, PriceFloorVnd, PriceCeilingVnd);

    public static TermsForm From(ContractTermsView t) => new()
    {
        QuantityPerDelivery = t.QuantityPerDelivery,
        Cadence = t.Cadence,
        FirstDeliveryOn = t.FirstDeliveryOn,
        Deliveries = t.Deliveries,
        PriceVnd = t.Price.Amount,
        PriceFloorVnd = t.PriceFloor?.Amount,
        PriceCeilingVnd = t.PriceCeiling?.Amount,
        Payment = t.Payment,
        NoticeDays = t.NoticeDays,
    };
}
