using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Tests;

/// <summary>A variant's sale by Vietnam's whole days: its price on its days, the list price outside them, and tiers that still save something.</summary>
public sealed class VariantSaleTests
{
    private static readonly DateOnly First = new(2026, 12, 1);

    private static Variant Box()
    {
        var variant = new Variant(
            VariantId.New(), ProductId.New(), new VariantTerms("SG-STCT-200", SaleUnit.Box, 200, 350_000, 10, 1, [new(10, 330_000), new(50, 300_000)]), 0);
        variant.PutOnSale(320_000, First, First.AddDays(6));
        return variant;
    }

    [Theory]
    [InlineData(-1, 350_000)] // the day before
    [InlineData(0, 320_000)] // its first day, all of it
    [InlineData(6, 320_000)] // its last day, all of it
    [InlineData(7, 350_000)] // the day after: the list price, with nothing undone by hand
    public void TheSalesPrice_HoldsFromItsFirstDayToTheEndOfItsLast(int day, long price) =>
        Assert.Equal(price, Box().PriceOn(First.AddDays(day)));

    [Fact]
    public void ATierAboveTheSalesPrice_IsNoOffer_WhileTheSaleRuns()
    {
        var variant = Box();
        Assert.Equal([50], variant.TiersOn(First).Select(t => t.MinQuantity));
        Assert.Equal([10, 50], variant.TiersOn(First.AddDays(7)).Select(t => t.MinQuantity));
    }

    [Fact]
    public void AListPriceLoweredBelowTheSale_EndsTheSalesEffect_AndEndingItRemovesIt()
    {
        var variant = Box();
        variant.Apply(new VariantTerms("SG-STCT-200", SaleUnit.Box, 200, 310_000, 10, 1, []));
        Assert.False(variant.OnSale(First));
        Assert.Equal(310_000, variant.PriceOn(First));

        variant.EndSale();
        Assert.Null(variant.SalePriceVnd);
        Assert.Throws<ArgumentOutOfRangeException>(() => variant.PutOnSale(100_000, First.AddDays(2), First));
    }
}
