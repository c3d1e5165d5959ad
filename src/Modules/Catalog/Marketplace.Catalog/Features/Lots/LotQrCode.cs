using QRCoder;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// The QR code printed on a lot's packages: it opens the lot's public page. Error correction
/// level Q keeps it readable when a quarter of the label is scuffed or wet.
/// </summary>
internal static class LotQrCode
{
    public static byte[] Png(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        using var code = new PngByteQRCode(data);
        return code.GetGraphic(10);
    }

    public static string Svg(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        using var code = new SvgQRCode(data);
        return code.GetGraphic(10);
    }
}
