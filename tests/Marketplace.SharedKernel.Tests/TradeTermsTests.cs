using System.Globalization;
using Marketplace.SharedKernel.Trade;
using Marketplace.SharedKernel.Web;

namespace Marketplace.SharedKernel.Tests;

/// <summary>What a buyer abroad writes and reads: HS codes, countries by name, and prices in a second currency.</summary>
public sealed class TradeTermsTests
{
    [Theory]
    [InlineData("0802.62", "080262")]
    [InlineData(" 0902 20 ", "090220")]
    [InlineData("0810.90.10", "08109010")]
    [InlineData("2106-90-99-10", "2106909910")]
    [InlineData("09022", null)] // five digits
    [InlineData("0000.00", null)] // no chapter 00
    [InlineData("9801.00", null)] // chapters 98 and 99 are each country's own
    [InlineData("08O2.62", null)] // a letter O for a zero
    [InlineData("", null)]
    public void AnHsCode_IsSixEightOrTenDigits_OfAChapter(string written, string? digits) => Assert.Equal(digits, HsCode.Normalize(written));

    [Fact]
    public void AnHsCode_IsShownInPairsAfterItsHeading() => Assert.Equal("0810.90.10", HsCode.Format("08109010"));

    [Fact]
    public void Countries_AreNamedInVietnamese_WhereTheAllianceSells_AndInEnglishElsewhere()
    {
        Assert.Equal("Nhật Bản", Countries.Name("JP", "vi"));
        Assert.Equal("Japan", Countries.Name("JP", "en"));
        Assert.Equal("Brazil", Countries.Name("BR", "vi"));
        Assert.True(Countries.IsKnown("BR"));
        Assert.False(Countries.IsKnown("XX"));
        Assert.False(Countries.IsKnown("jp"));
        Assert.Equal(["VN", "JP"], Countries.All.Take(2));
        Assert.True(Countries.All.Count > 150);
        Assert.Equal(Countries.All.Count, Countries.All.Distinct().Count());
    }

    [Theory]
    [InlineData("USD", 25_400, 1_250_000, "en", "US$49.21")]
    [InlineData("USD", 25_400, 1_250_000, "vi", "49,21\u00A0USD")]
    [InlineData("USD", 25_000, 250_000_000, "vi", "10.000,00\u00A0USD")]
    [InlineData("JPY", 168.5, 1_250_000, "en", "¥7,418")]
    [InlineData("JPY", 168.5, 1_250_000, "vi", "7.418\u00A0JPY")]
    public void APrice_IsShownInTheSecondCurrency_RoundedToItsMinorUnit(string currency, double rate, long dong, string culture, string shown)
    {
        var display = new DisplayCurrency();
        display.Use(currency, (decimal)rate, DateTimeOffset.UnixEpoch);
        Assert.Equal(shown, display.Approximate(Money.Dong(dong), CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void NoSecondCurrency_ShowsNothing_AndAnUnknownOneIsRefused()
    {
        var display = new DisplayCurrency();
        Assert.Null(display.Approximate(Money.Dong(100_000), CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentOutOfRangeException>(() => display.Use("EUR", 27_000, DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentOutOfRangeException>(() => display.Use("USD", 0, DateTimeOffset.UnixEpoch));
    }
}
