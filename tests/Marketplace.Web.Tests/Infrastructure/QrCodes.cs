using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace Marketplace.Web.Tests.Infrastructure;

public static class QrCodes
{
    /// <summary>What a phone's camera reads from a QR code PNG (ZXing.Net, not our encoder).</summary>
    public static string Read(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png).Copy(SKColorType.Rgba8888);
        var source = new RGBLuminanceSource(bitmap.Bytes, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = new MultiFormatReader().decode(
            new BinaryBitmap(new HybridBinarizer(source)),
            new Dictionary<DecodeHintType, object> { [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE } });
        Assert.NotNull(result);
        return result.Text;
    }
}
