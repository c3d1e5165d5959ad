using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace Marketplace.Web.Tests.Infrastructure;

public static class QrCodes
{
    /// <summary>
    /// What a phone's camera reads from a QR code PNG (ZXing.Net, not our encoder), in a page or a
    /// label, trying as a phone does until one way reads it. ZXing's finder alone misses about one
    /// valid code in 150 (zbar reads those), which made a test fail by chance on the order number
    /// it drew; trying harder, then reading it as the clean code alone in its image it is, reads
    /// all of 5,000 drawn at random. A printed label, its code among text, is tried once more with the
    /// other binarizer (a whole-image histogram instead of local blocks), which read one that the
    /// first missed in CI.
    /// </summary>
    public static string Read(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png).Copy(SKColorType.Rgba8888);
        var source = new RGBLuminanceSource(bitmap.Bytes, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = Decode(source, harder: false, pure: false)
            ?? Decode(source, harder: true, pure: false)
            ?? Decode(source, harder: false, pure: true)
            ?? Decode(source, harder: true, pure: false, histogram: true);
        Assert.NotNull(result);
        return result.Text;
    }

    /// <summary>ZXing reads a hint by its presence, not its value: one left false must be left out.</summary>
    private static Result? Decode(LuminanceSource source, bool harder, bool pure, bool histogram = false)
    {
        var hints = new Dictionary<DecodeHintType, object>
        {
            [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
        };
        if (harder)
        {
            hints[DecodeHintType.TRY_HARDER] = true;
        }

        if (pure)
        {
            hints[DecodeHintType.PURE_BARCODE] = true;
        }

        Binarizer binarizer = histogram ? new GlobalHistogramBinarizer(source) : new HybridBinarizer(source);
        return new MultiFormatReader().decode(new BinaryBitmap(binarizer), hints);
    }
}
