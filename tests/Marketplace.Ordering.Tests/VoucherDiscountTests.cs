using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Tests;

/// <summary>What a voucher takes off each parcel and who pays it, worked by hand for each kind.</summary>
public sealed class VoucherDiscountTests
{
    private static readonly CooperativeId Tea = CooperativeId.New();
    private static readonly CooperativeId Honey = CooperativeId.New();
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));

    private static Voucher Voucher(
        VoucherKind kind, int percent = 0, long amount = 0, long? cap = null, long minSpend = 0, int share = 100, CooperativeId? issuer = null,
        int? limit = null, VoucherAudience audience = VoucherAudience.Everyone) =>
        new(
            new VoucherTerms("OCOP10", "Tuần lễ OCOP", kind, percent, amount, cap, minSpend, limit, 1, Now.AddDays(-1), Now.AddDays(7), audience, share),
            issuer, "admin@htx-marketplace.vn", Now);

    private static readonly ParcelToDiscount[] Cart = [new(Tea, 300_000, 30_000), new(Honey, 100_000, 25_000)];

    [Fact]
    public void APercentage_IsSharedByTheGoods_AndTheAllianceShareIsRoundedPerParcel()
    {
        var discount = Voucher(VoucherKind.PercentOff, percent: 20, cap: 100_000, share: 50).DiscountFor(Cart);
        Assert.Null(discount.Problem);
        Assert.Equal(80_000, discount.TotalVnd);
        Assert.Equal(new ParcelDiscount(Tea, 60_000, 30_000, false), discount.For(Tea));
        Assert.Equal(new ParcelDiscount(Honey, 20_000, 10_000, false), discount.For(Honey));
        Assert.Equal(30_000, discount.For(Tea)!.CooperativeGoodsVnd);
    }

    [Fact]
    public void TheCap_LimitsTheWhole_AndTheShares_AddUpToItExactly()
    {
        ParcelToDiscount[] three = [new(Tea, 100_001, 0), new(Honey, 100_001, 0), new(CooperativeId.New(), 100_001, 0)];
        var discount = Voucher(VoucherKind.PercentOff, percent: 50, cap: 100_000, share: 33).DiscountFor(three);
        Assert.Equal(100_000, discount.TotalVnd);
        Assert.Equal([33_334, 33_333, 33_333], discount.Parcels.Select(p => p.DiscountVnd));
        Assert.Equal(100_000, discount.Parcels.Sum(p => p.DiscountVnd));
        Assert.Equal([11_000, 11_000, 11_000], discount.Parcels.Select(p => p.AllianceVnd)); // 33 % of each, half up
    }

    [Fact]
    public void AnAmount_IsNeverMoreThanTheGoods_AndACooperativesVoucherOnlyTakesOffItsOwn()
    {
        var own = Voucher(VoucherKind.AmountOff, amount: 500_000, issuer: Honey, share: 100).DiscountFor(Cart);
        Assert.Equal(100_000, own.TotalVnd);
        Assert.Null(own.For(Tea));
        Assert.Equal(new ParcelDiscount(Honey, 100_000, 0, false), own.For(Honey)); // a cooperative's own voucher: the alliance pays nothing

        var elsewhere = Voucher(VoucherKind.AmountOff, amount: 10_000, issuer: CooperativeId.New()).DiscountFor(Cart);
        Assert.NotNull(elsewhere.Problem);
        Assert.Equal(0, elsewhere.TotalVnd);
    }

    [Fact]
    public void FreeDelivery_TakesOffTheFees_UpToTheCap_AndLeavesTheGoodsAlone()
    {
        var discount = Voucher(VoucherKind.FreeDelivery, cap: 44_000).DiscountFor(Cart);
        Assert.Equal(44_000, discount.TotalVnd);
        Assert.Equal(new ParcelDiscount(Tea, 24_000, 24_000, true), discount.For(Tea));
        Assert.Equal(0, discount.For(Tea)!.CooperativeGoodsVnd);
        Assert.NotNull(Voucher(VoucherKind.FreeDelivery).DiscountFor([new(Tea, 300_000, 0)]).Problem); // nothing to take off
    }

    [Fact]
    public void AMinimumSpend_NotReached_TakesNothingOff_AndSaysHowMuch()
    {
        var discount = Voucher(VoucherKind.PercentOff, percent: 10, minSpend: 500_000).DiscountFor(Cart);
        Assert.Equal(0, discount.TotalVnd);
        Assert.Empty(discount.Parcels);
        Assert.Contains("500", discount.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AVoucher_IsUnusable_BeforeItsStart_AfterItsEnd_OnceUsedUp_AndForTheWrongBuyers()
    {
        var voucher = Voucher(VoucherKind.PercentOff, percent: 10, audience: VoucherAudience.Shoppers);
        Assert.Null(voucher.Unusable(Now, businessBuyer: false));
        Assert.NotNull(voucher.Unusable(Now, businessBuyer: true));
        Assert.NotNull(voucher.Unusable(Now.AddDays(-2), businessBuyer: false));
        Assert.NotNull(voucher.Unusable(Now.AddDays(7), businessBuyer: false));
        voucher.End(Now);
        Assert.NotNull(voucher.Unusable(Now, businessBuyer: false));
        Assert.Equal(0, Voucher(VoucherKind.PercentOff, percent: 10, limit: 0).Left);
        Assert.NotNull(Voucher(VoucherKind.PercentOff, percent: 10, limit: 0).Unusable(Now, businessBuyer: false));
    }
}
