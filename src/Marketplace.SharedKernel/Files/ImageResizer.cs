using SkiaSharp;

namespace Marketplace.SharedKernel.Files;

/// <summary>How an uploaded picture is fitted into its box.</summary>
public enum ImageFit
{
    /// <summary>The whole picture, scaled down to fit inside the box (a logo).</summary>
    Contain,

    /// <summary>The box filled, the picture's overflow cut off evenly (a banner, a thumbnail).</summary>
    Cover,
}

/// <summary>
/// Re-encodes an uploaded JPEG or PNG at the size the pages show it, so a shopper's phone never
/// downloads a 5 MB camera photo for a 256-pixel logo. Decoding the upload ourselves also means
/// only real pictures are ever served back, never the uploaded bytes.
/// </summary>
public static class ImageResizer
{
    /// <summary>Larger pictures are refused before decoding: a small file can claim a huge size.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>The picture scaled to the box, as PNG (keeps a logo's transparency) or JPEG, or null when it cannot be read.</summary>
    public static byte[]? Resize(ReadOnlyMemory<byte> content, int width, int height, ImageFit fit, SKEncodedImageFormat format)
    {
        using var data = SKData.CreateCopy(content.Span);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }

        using var source = SKBitmap.Decode(codec);
        if (source is null)
        {
            return null;
        }

        var scale = fit == ImageFit.Contain
            ? Math.Min(1f, Math.Min((float)width / source.Width, (float)height / source.Height))
            : Math.Max((float)width / source.Width, (float)height / source.Height);
        var (targetWidth, targetHeight) = fit == ImageFit.Contain
            ? (Math.Max(1, (int)(source.Width * scale)), Math.Max(1, (int)(source.Height * scale)))
            : (width, height);

        using var surface = SKSurface.Create(new SKImageInfo(targetWidth, targetHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(format == SKEncodedImageFormat.Png ? SKColors.Transparent : SKColors.White);
        var drawnWidth = source.Width * scale;
        var drawnHeight = source.Height * scale;
        var destination = SKRect.Create((targetWidth - drawnWidth) / 2, (targetHeight - drawnHeight) / 2, drawnWidth, drawnHeight);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, destination, new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(format, format == SKEncodedImageFormat.Png ? 100 : 82);
        return encoded.ToArray();
    }
}
