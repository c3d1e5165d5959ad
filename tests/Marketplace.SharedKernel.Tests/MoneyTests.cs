using System.Globalization;

namespace Marketplace.SharedKernel.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(1_250_000, "vi", "1.250.000\u00A0₫")]
    [InlineData(1_250_000, "vi-VN", "1.250.000\u00A0₫")]
    [InlineData(1_250_000, "en", "₫1,250,000")]
    [InlineData(1_250_000, "en-US", "₫1,250,000")]
    [InlineData(0, "vi", "0\u00A0₫")]
    [InlineData(999, "en", "₫999")]
    [InlineData(-45_000, "vi", "-45.000\u00A0₫")]
    [InlineData(-45_000, "en", "-₫45,000")]
    [InlineData(9_000_000_000_000, "vi", "9.000.000.000.000\u00A0₫")]
    public void Format_ShowsDongAsEachLanguageWritesIt(long amount, string culture, string expected) =>
        Assert.Equal(expected, Money.Dong(amount).Format(new CultureInfo(culture)));

    [Fact]
    public void Arithmetic_KeepsWholeDong() =>
        Assert.Equal(Money.Dong(370_000), (Money.Dong(120_000) * 3) + Money.Dong(10_000));

    [Fact]
    public void Adding_DifferentCurrencies_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Money.Dong(1) + new Money(1, "USD"));

    [Fact]
    public void Multiplying_BeyondLongRange_ThrowsInsteadOfWrapping() =>
        Assert.Throws<OverflowException>(() => Money.Dong(long.MaxValue / 2) * 3);

    [Theory]
    [InlineData(15_252_955_000, "vi", "15,25\u00A0tỷ\u00A0₫")]
    [InlineData(15_252_955_000, "en", "₫15.25bn")]
    [InlineData(840_000_000, "vi", "840\u00A0triệu\u00A0₫")]
    [InlineData(2_178_993_571, "en", "₫2.18bn")]
    [InlineData(-1_500_000, "vi", "-1,5\u00A0triệu\u00A0₫")]
    [InlineData(999_999, "vi", "999.999\u00A0₫")]
    public void FormatCompact_SaysMillionsAndBillionsAsPeopleDo(long amount, string culture, string expected) =>
        Assert.Equal(expected, Money.Dong(amount).FormatCompact(CultureInfo.GetCultureInfo(culture)));
}
