using System.Net.Http.Headers;
using Marketplace.SharedKernel;
using SkiaSharp;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>A real picture (a PNG SkiaSharp draws), uploaded to a product as its cooperative's people upload one.</summary>
public static class Pictures
{
    public static byte[] Png()
    {
        using var bitmap = new SKBitmap(320, 240);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x3a, 0x7d, 0x44));
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static async Task AddPictureAsync(this HttpClient owner, ProductId productId)
    {
        ArgumentNullException.ThrowIfNull(owner);
        using var picture = new ByteArrayContent(Png());
        picture.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent { { picture, "file", "anh.png" } };
        (await owner.PostAsync($"/api/v1/cooperatives/products/{productId}/images", form)).EnsureSuccessStatusCode();
    }
}
