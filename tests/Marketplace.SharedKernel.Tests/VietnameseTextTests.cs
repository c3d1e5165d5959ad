using Marketplace.SharedKernel.Text;

namespace Marketplace.SharedKernel.Tests;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Trà Shan Tuyết", "tra shan tuyet")]
    [InlineData("HTX Thảo Đường Vinh", "htx thao duong vinh")]
    [InlineData("đặc sản ĐẮK LẮK", "dac san dak lak")]
    [InlineData("  Mắc   ca  ", "mac ca")]
    [InlineData("Nhãn lồng Hưng Yên", "nhan long hung yen")]
    [InlineData("ưu đãi ơn", "uu dai on")]
    public void Fold_RemovesMarksAndFoldsDStroke(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(text));

    [Fact]
    public void Fold_HandlesDecomposedInput()
    {
        // "ế" typed as e + circumflex + acute, as some keyboards send it.
        var decomposed = "Tuye\u0302\u0301t";
        Assert.Equal("tuyet", VietnameseText.Fold(decomposed));
    }

    [Theory]
    [InlineData("Trà Shan Tuyết cổ thụ", "tra shan tuyet")]
    [InlineData("Trà Shan Tuyết cổ thụ", "TRÀ SHAN")]
    [InlineData("Đồng Din", "dong din")]
    public void ContainsFolded_FindsWithOrWithoutDiacritics(string text, string query) =>
        Assert.True(VietnameseText.ContainsFolded(text, query));

    [Fact]
    public void ContainsFolded_DoesNotMatchOtherWords() =>
        Assert.False(VietnameseText.ContainsFolded("Trà Shan Tuyết", "ca phe"));

    [Theory]
    [InlineData("HTX Thảo Đường Vinh", "htx-thao-duong-vinh")]
    [InlineData("HTX Nông nghiệp kinh doanh tổng hợp Đồng Din", "htx-nong-nghiep-kinh-doanh-tong-hop-dong-din")]
    [InlineData("Trà (Shan) Tuyết -- 200g!", "tra-shan-tuyet-200g")]
    [InlineData("!!!", "")]
    public void Slugify_MakesReadableAsciiSlugs(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Slugify(text));

    [Fact]
    public void Comparer_TreatsUnaccentedAndAccentedAsEqual_WhereVietnameseCultureWouldNot()
    {
        Assert.Equal(0, VietnameseText.Comparer.Compare("Đà Lạt", "Da Lat"));
        Assert.True(VietnameseText.Comparer.Compare("Bắc Kạn", "Cao Bằng") < 0);
    }
}
