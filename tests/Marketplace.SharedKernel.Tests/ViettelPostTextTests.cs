using System.Text;
using Marketplace.SharedKernel.Carriers;

namespace Marketplace.SharedKernel.Tests;

/// <summary>Viettel Post takes 150 bytes of UTF-8 in a text field: Vietnamese letters take two or three, and none is cut in half.</summary>
public sealed class ViettelPostTextTests
{
    [Fact]
    public void AShortText_IsKept() => Assert.Equal("Trần Thu Hà", ViettelPostOptions.Fit("  Trần Thu Hà "));

    [Theory]
    [InlineData("Hợp tác xã Nông nghiệp Dịch vụ Tổng hợp Chè Tân Cương Thái Nguyên, thôn Hồng Thái 2, xã Tân Cương, Thái Nguyên, Việt Nam")]
    [InlineData("Đơn 260712-0042. Gọi trước khi giao 🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵🍵")]
    public void ALongText_IsCutToItsBytes_NeverHalfALetter(string text)
    {
        var fitted = ViettelPostOptions.Fit(text);
        Assert.InRange(Encoding.UTF8.GetByteCount(fitted), ViettelPostOptions.MaxTextBytes - 4, ViettelPostOptions.MaxTextBytes);
        Assert.StartsWith(fitted, text, StringComparison.Ordinal);
        Assert.Equal(fitted, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(fitted))); // no lone surrogate, no broken sequence
    }
}
