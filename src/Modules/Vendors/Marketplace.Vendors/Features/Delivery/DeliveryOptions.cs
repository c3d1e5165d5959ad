using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Vendors.Features.Delivery;

/// <summary>
/// Configuration section "Delivery": the alliance's rate table for each carrier (what it has agreed
/// with them, by zone and weight), used when the carrier's own API is not configured or does not
/// answer, and the days a cooperative's own delivery takes. The defaults are the carriers' public
/// list prices for standard road delivery in 2025, rounded; an operator overrides any figure, e.g.
/// <c>Delivery__Rates__Ghtk__OtherRegion__FirstFeeVnd=30000</c>.
/// </summary>
internal sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    public Dictionary<DeliveryCarrier, CarrierRateTable> Rates { get; set; } = new()
    {
        [DeliveryCarrier.Ghn] = new()
        {
            VolumetricDivisor = 5000,
            SameProvince = new() { FirstGrams = 3000, FirstFeeVnd = 16_500, StepGrams = 500, StepFeeVnd = 2_500, MinDays = 1, MaxDays = 2 },
            SameRegion = new() { FirstGrams = 500, FirstFeeVnd = 29_000, StepGrams = 500, StepFeeVnd = 5_000, MinDays = 2, MaxDays = 3 },
            OtherRegion = new() { FirstGrams = 500, FirstFeeVnd = 35_000, StepGrams = 500, StepFeeVnd = 5_000, MinDays = 3, MaxDays = 5 },
        },
        [DeliveryCarrier.Ghtk] = new()
        {
            SameProvince = new() { FirstGrams = 3000, FirstFeeVnd = 22_000, StepGrams = 500, StepFeeVnd = 2_500, MinDays = 1, MaxDays = 2 },
            SameRegion = new() { FirstGrams = 500, FirstFeeVnd = 30_000, StepGrams = 500, StepFeeVnd = 2_500, MinDays = 2, MaxDays = 3 },
            OtherRegion = new() { FirstGrams = 500, FirstFeeVnd = 32_000, StepGrams = 500, StepFeeVnd = 5_000, MinDays = 3, MaxDays = 5 },
        },
        [DeliveryCarrier.ViettelPost] = new()
        {
            SameProvince = new() { FirstGrams = 2000, FirstFeeVnd = 20_000, StepGrams = 500, StepFeeVnd = 3_000, MinDays = 1, MaxDays = 2 },
            SameRegion = new() { FirstGrams = 500, FirstFeeVnd = 30_000, StepGrams = 500, StepFeeVnd = 4_000, MinDays = 2, MaxDays = 4 },
            OtherRegion = new() { FirstGrams = 500, FirstFeeVnd = 38_000, StepGrams = 500, StepFeeVnd = 8_000, MinDays = 3, MaxDays = 6 },
        },
    };

    /// <summary>The days a cooperative's own delivery takes within its province.</summary>
    public DayRange OwnInProvince { get; set; } = new() { MinDays = 1, MaxDays = 2 };

    /// <summary>… and to another province (it sends by coach or a local courier).</summary>
    public DayRange OwnElsewhere { get; set; } = new() { MinDays = 3, MaxDays = 5 };
}

internal class DayRange
{
    public int MinDays { get; set; }

    public int MaxDays { get; set; }
}

/// <summary>A carrier's prices by zone, and the heaviest parcel it takes as a parcel (beyond, it is freight).</summary>
internal sealed class CarrierRateTable
{
    public int MaxGrams { get; set; } = 30_000;

    /// <summary>
    /// The carrier's volumetric divisor: a box of length × width × height cm weighs that over this
    /// figure in kilograms, and the carrier charges the heavier of it and the goods. GHTK and Viettel
    /// Post publish 6,000; GHN 5,000.
    /// </summary>
    public int VolumetricDivisor { get; set; } = 6000;

    /// <summary>What the carrier charges a parcel as: its weight, or its boxes' volumetric weight when that is more.</summary>
    public long ChargedGrams(long grams, long boxCm3) =>
        VolumetricDivisor <= 0 ? grams : Math.Max(grams, ((boxCm3 * 1000) + VolumetricDivisor - 1) / VolumetricDivisor);

    public ZoneRate SameProvince { get; set; } = new();

    public ZoneRate SameRegion { get; set; } = new();

    public ZoneRate OtherRegion { get; set; } = new();

    public ZoneRate For(DeliveryZone zone) => zone switch
    {
        DeliveryZone.SameProvince => SameProvince,
        DeliveryZone.SameRegion => SameRegion,
        _ => OtherRegion,
    };
}

/// <summary>
/// One line of a price list, as the carriers write them: a fee for the first grams, then a fee for
/// each step of grams begun (a parcel 1 g over a step pays the whole step).
/// </summary>
internal sealed class ZoneRate : DayRange
{
    public int FirstGrams { get; set; }

    public long FirstFeeVnd { get; set; }

    public int StepGrams { get; set; } = 500;

    public long StepFeeVnd { get; set; }

    public long FeeFor(long grams)
    {
        var over = Math.Max(0, grams - FirstGrams);
        var steps = StepGrams <= 0 ? 0 : (over + StepGrams - 1) / StepGrams;
        return FirstFeeVnd + (steps * StepFeeVnd);
    }
}
