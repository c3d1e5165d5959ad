using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.CommissionRules;
using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Payments.Tests;

/// <summary>How a rule prices a line and which rule wins, worked by hand; and a part's commission on part of its goods.</summary>
public sealed class CommissionRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 3, 0, 0, TimeSpan.Zero);
    private static readonly CooperativeId Cooperative = CooperativeId.New();
    private static readonly Guid Tea = Guid.NewGuid();
    private static readonly Guid GreenTea = Guid.NewGuid();

    private static CommissionRule Rule(
        int basisPoints, CooperativeId? cooperative = null, Guid? category = null, CommissionAudience audience = CommissionAudience.Everyone,
        long? floor = null, long? cap = null, DateTimeOffset? from = null, DateTimeOffset? until = null) =>
        new(new CommissionRuleTerms(cooperative, null, category, audience, basisPoints, floor, cap, until, null), from ?? Now.AddDays(-1), Now, "admin");

    [Theory]
    [InlineData(100_000, 10_000)] // 10 %, between the floor and the cap
    [InlineData(30_000, 5_000)] // 3,000 raised to the floor
    [InlineData(3_000, 3_000)] // the floor, never above the line
    [InlineData(500_000, 20_000)] // 50,000 down to the cap
    [InlineData(0, 0)]
    public void ARule_PricesALine_WithinItsFloorAndCap(long goods, long expected)
    {
        var rule = Rule(1_000, floor: 5_000, cap: 20_000);
        Assert.Equal(expected, rule.CommissionOn(goods));
    }

    [Fact]
    public void TheMostSpecificRule_Wins_ACooperativeBeforeACategory_ASubCategoryBeforeItsParent_ThenAnAudience()
    {
        var lineage = new List<(Guid, int)> { (GreenTea, 1), (Tea, 0) };
        var standing = new CooperativeStanding(Cooperative, "HTX", Now.AddDays(-10), Ocop: true);
        var everyone = Rule(400);
        var ocop = Rule(300, audience: CommissionAudience.OcopCooperatives);
        var tea = Rule(350, category: Tea);
        var green = Rule(250, category: GreenTea);
        var mine = Rule(200, cooperative: Cooperative);
        var someoneElse = Rule(100, cooperative: CooperativeId.New());

        Assert.Same(ocop, CommissionPricing.Choose([everyone, ocop], Cooperative, lineage, standing, Now));
        Assert.Same(tea, CommissionPricing.Choose([everyone, ocop, tea], Cooperative, lineage, standing, Now));
        Assert.Same(green, CommissionPricing.Choose([everyone, ocop, tea, green], Cooperative, lineage, standing, Now));
        Assert.Same(mine, CommissionPricing.Choose([everyone, ocop, tea, green, mine, someoneElse], Cooperative, lineage, standing, Now));
        Assert.Same(tea, CommissionPricing.Choose([tea, green], Cooperative, [(Tea, 0)], standing, Now)); // black tea: only its parent fits
        Assert.Same(everyone, CommissionPricing.Choose([everyone, ocop], Cooperative, lineage, standing with { Ocop = false }, Now));
        Assert.Null(CommissionPricing.Choose([someoneElse, green], Cooperative, [], standing, Now));
    }

    [Fact]
    public void ARule_FitsOnlyInItsPeriod_AndANewCooperativeOnlyInItsFirstHalfYear()
    {
        var standing = new CooperativeStanding(Cooperative, "HTX", Now.AddDays(-CommissionRule.NewForDays + 1), Ocop: false);
        var welcome = Rule(100, audience: CommissionAudience.NewCooperatives);
        Assert.Same(welcome, CommissionPricing.Choose([welcome], Cooperative, [], standing, Now));
        Assert.Null(CommissionPricing.Choose([welcome], Cooperative, [], standing, Now.AddDays(1)));
        Assert.Null(CommissionPricing.Choose([welcome], Cooperative, [], standing with { ApprovedAt = null }, Now));

        var festival = Rule(300, from: Now, until: Now.AddDays(7));
        Assert.Null(CommissionPricing.Choose([festival], Cooperative, [], standing, Now.AddSeconds(-1)));
        Assert.Same(festival, CommissionPricing.Choose([festival], Cooperative, [], standing, Now));
        Assert.Null(CommissionPricing.Choose([festival], Cooperative, [], standing, Now.AddDays(7)));

        // Two alike: the one started later wins.
        var newer = Rule(350, from: Now.AddDays(1), until: Now.AddDays(7));
        Assert.Same(newer, CommissionPricing.Choose([festival, newer], Cooperative, [], standing, Now.AddDays(2)));
    }

    [Fact]
    public void EndingARule_StopsItNow_OrBeforeItStarts()
    {
        var running = Rule(300);
        running.End(Now, "admin");
        Assert.True(running.Ended(Now));
        Assert.False(running.InForceAt(Now));

        var scheduled = Rule(300, from: Now.AddDays(3));
        scheduled.End(Now, "admin");
        Assert.Equal(scheduled.From, scheduled.Until);
        Assert.True(scheduled.Ended(Now));
        Assert.False(scheduled.InForceAt(Now.AddDays(4)));
    }

    [Theory]
    [InlineData(1_000_000, 37_000)]
    [InlineData(500_000, 18_500)]
    [InlineData(333_333, 12_333)] // 12,333.3 rounded
    [InlineData(0, 0)]
    [InlineData(2_000_000, 37_000)] // never more than the whole
    public void APricedPart_PaysTheSameShareOnPartOfItsGoods(long goods, long expected)
    {
        var part = new PaymentPart(OrderPartId.New(), Cooperative, "HTX", 1_000_000, 1_030_000, 370) { CommissionPricedVnd = 37_000 };
        Assert.Equal(expected, part.CommissionOn(goods));
    }

    [Fact]
    public void APartFromBeforeTheRules_PaysItsRate()
    {
        var part = new PaymentPart(OrderPartId.New(), Cooperative, "HTX", 1_000_000, 1_030_000, 500);
        Assert.Equal(50_000, part.CommissionVnd);
        Assert.Equal(12_500, part.CommissionOn(250_000));
        Assert.Equal(50_000, part.CommissionOn(2_000_000));
    }
}
