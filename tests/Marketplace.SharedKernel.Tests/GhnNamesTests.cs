using Marketplace.SharedKernel.Carriers;

namespace Marketplace.SharedKernel.Tests;

/// <summary>GHN's spellings of a place and ours meet; two places that differ only by a tone mark stay two.</summary>
public sealed class GhnNamesTests
{
    [Theory]
    [InlineData("Xã Như Cố", "xã Như Cố")]
    [InlineData("X. Như Cố", "Như Cố")]
    [InlineData("Thành phố Hà Nội", "Hà Nội")]
    [InlineData("TP. Hồ Chí Minh", "TP.Hồ Chí Minh")]
    [InlineData("Phường  Ba   Đình", "P. Ba Đình")]
    [InlineData("Tỉnh Thái Nguyên", "thái nguyên")]
    [InlineData("Xã Hoà Bình", "xã Hòa Bình")] // the tone mark by the newer rule and by the older
    [InlineData("Phường Thuỵ Khuê", "Thụy Khuê")]
    public void TheSamePlace_WrittenTwoWays_IsOneKey(string ghn, string ours) => Assert.Equal(PlaceNames.Key(ghn), PlaceNames.Key(ours));

    [Theory]
    [InlineData("Xã Nhân Hòa", "xã Nhãn Hòa")]
    [InlineData("Phường Ba Đình", "Phường Ba Đinh")]
    [InlineData("Xã", "Xuân")]
    public void TwoPlaces_StayTwo(string one, string other) => Assert.NotEqual(PlaceNames.Key(one), PlaceNames.Key(other));
}
