using Marketplace.Catalog.Domain;

namespace Marketplace.Catalog.Tests;

/// <summary>A box's sides typed as people type them on a phone are read; anything else is refused, never guessed.</summary>
public sealed class BoxSizeTests
{
    [Theory]
    [InlineData("30×20×15", 30, 20, 15)]
    [InlineData("30x20x15", 30, 20, 15)]
    [InlineData(" 30 X 20 X 15 cm ", 30, 20, 15)]
    [InlineData("30*20*15", 30, 20, 15)]
    [InlineData("30 20 15", 30, 20, 15)]
    [InlineData("200x1x1", 200, 1, 1)]
    public void ABoxTypedAnyOfTheseWays_IsRead(string typed, int length, int width, int height)
    {
        Assert.True(BoxSize.TryParse(typed, out var box));
        Assert.Equal(new BoxSize(length, width, height), box);
        Assert.Equal((long)length * width * height, box!.Cm3);
    }

    [Theory]
    [InlineData("30x20")]
    [InlineData("30x20x15x10")]
    [InlineData("0x20x15")]
    [InlineData("201x20x15")]
    [InlineData("-30x20x15")]
    [InlineData("30,5x20x15")]
    [InlineData("ba mươi x 20 x 15")]
    [InlineData("٣٠x20x15")]
    public void AnythingElse_IsRefused(string typed) => Assert.False(BoxSize.TryParse(typed, out _));

    [Fact]
    public void AnAbsurdlyLongText_IsRefusedAtOnce() =>
        Assert.False(BoxSize.TryParse("1" + new string(' ', 100_000) + "2 3", out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_IsNoBox(string? typed)
    {
        Assert.True(BoxSize.TryParse(typed, out var box));
        Assert.Null(box);
    }
}
