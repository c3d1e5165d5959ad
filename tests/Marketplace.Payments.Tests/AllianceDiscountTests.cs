using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Payments.Tests;

/// <summary>The alliance's share of a voucher's discount on a part: whole with the sale, in proportion with a short delivery or a refund.</summary>
public sealed class AllianceDiscountTests
{
    private static PaymentPart Part(long totalVnd, long allianceVnd) =>
        new(OrderPartId.New(), CooperativeId.New(), "HTX", 240_000, totalVnd, 500) { AllianceDiscountVnd = allianceVnd };

    [Theory]
    [InlineData(227_000, 24_000, 227_000, 24_000)] // sold whole
    [InlineData(227_000, 24_000, 113_500, 12_000)] // half of what was paid
    [InlineData(227_000, 24_000, 0, 0)]            // nothing paid, nothing made up
    [InlineData(227_000, 0, 227_000, 0)]           // no share
    [InlineData(0, 24_000, 0, 24_000)]             // a part the voucher took to 0 ₫: sold whole at 0
    public void TheShare_FollowsWhatWasPaid(long total, long alliance, long paid, long share) =>
        Assert.Equal(share, Part(total, alliance).AllianceDiscountOn(paid));

    [Fact]
    public void RefundsInManySteps_TakeBackExactlyTheShare()
    {
        var part = Part(227_001, 24_001);
        long refunded = 0, back = 0;
        foreach (var step in new long[] { 1, 33_333, 100_000, 3, 93_664 })
        {
            back += part.AllianceDiscountOn(Math.Min(refunded + step, part.TotalVnd)) - part.AllianceDiscountOn(Math.Min(refunded, part.TotalVnd));
            refunded += step;
        }

        Assert.Equal(part.TotalVnd, refunded);
        Assert.Equal(24_001, back);
    }
}
