using Marketplace.Ordering.Features.Shipments;

namespace Marketplace.Ordering.Tests;

/// <summary>GHN asks a parcel's sides: the units' boxes are sent as a cube of their volume, never smaller.</summary>
public sealed class GhnParcelTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(6_000, 19)] // 18.2 cm up: the cube is never smaller than the boxes
    [InlineData(8_000, 20)]
    [InlineData(10_000_000, 200)] // GHN's longest side
    public void ThePackagesBoxes_AreSentAsACubeOfTheirVolume(long cm3, int side) => Assert.Equal(side, ParcelToBook.CubeSide(cm3));
}
