using Marketplace.SharedKernel.Text;

namespace Marketplace.SharedKernel.Tests;

/// <summary>Amounts of đồng as cooperatives type them.</summary>
public sealed class VndAmountTests
{
    [Theory]
    [InlineData("450000", 450_000)]
    [InlineData("450.000", 450_000)]
    [InlineData("450,000", 450_000)]
    [InlineData("450 000", 450_000)]
    [InlineData("450\u00A0000 ₫", 450_000)]
    [InlineData(" 1.250.000đ ", 1_250_000)]
    [InlineData("450k", 450_000)]
    [InlineData("450 K", 450_000)]
    [InlineData("450 nghìn", 450_000)]
    [InlineData("450 ngàn đồng", 450_000)]
    [InlineData("2,5k", 2_500)]
    [InlineData("1,5tr", 1_500_000)]
    [InlineData("1.5 triệu", 1_500_000)]
    [InlineData("12 triệu VND", 12_000_000)]
    [InlineData("0", 0)]
    public void ReadsTheWaysPeopleWriteIt(string text, long expected)
    {
        Assert.True(VndAmount.TryParse(text, out var amount), text);
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bốn trăm")]
    [InlineData("-450000")]
    [InlineData("450.5")] // half a đồng: no such coin
    [InlineData("45.00.000")]
    [InlineData("1.2345k")]
    [InlineData("450kk")]
    [InlineData("k")]
    [InlineData("99999999999999999999")]
    [InlineData("1111111111111111111111111111111")] // more digits than decimal holds: refused, not thrown
    [InlineData("11111111111111111111111111111k")]
    [InlineData("111.111.111.111.111.111.111.111.111.111.111")]
    public void RefusesWhatIsNotAnAmount(string? text) => Assert.False(VndAmount.TryParse(text, out _), text);
}
