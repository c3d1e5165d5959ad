using System.Collections.Concurrent;
using Marketplace.SharedKernel.Files;
using SkiaSharp;

namespace Marketplace.Catalog.Data;

/// <summary>
/// A picture for every demo product, drawn here (nothing is downloaded): what the product is, on a
/// plate, in the colours of its kind of goods: nuts, leaves, fruit, roots, grains, dried goods. The
/// same product always gets the same picture (its name seeds the drawing), drawn once per process and
/// kept, so that every test host seeding the demo does not draw it again.
/// </summary>
internal static class DemoPictures
{
    private const int Size = 1200;

    private static readonly ConcurrentDictionary<string, (byte[] Large, byte[] Thumbnail)> Drawn = new(StringComparer.Ordinal);

    /// <summary>The product page's JPEG (1200 px) and the card's (400 × 400), as an upload is kept.</summary>
    public static (byte[] Large, byte[] Thumbnail) Of(string name, string category) =>
        Drawn.GetOrAdd(name, _ =>
        {
            var drawn = Draw(name, category);
            return (
                ImageResizer.Resize(drawn, Size, Size, ImageFit.Contain, SKEncodedImageFormat.Jpeg)!,
                ImageResizer.Resize(drawn, 400, 400, ImageFit.Cover, SKEncodedImageFormat.Jpeg)!);
        });

    private static byte[] Draw(string name, string category)
    {
        // A seed of the name's characters, not string.GetHashCode (which changes with every process).
        var random = new Random(name.Aggregate(17, (seed, c) => unchecked((seed * 31) + c)));
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size));
        var canvas = surface.Canvas;
        var (top, bottom) = Colours(category);
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, Size), [top, bottom], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, Size, Size, background);
        }

        // A plate for the goods, and its shadow.
        using (var shadow = Fill(new SKColor(0, 0, 0, 40)))
        using (var plate = Fill(new SKColor(250, 247, 238)))
        using (var rim = Stroke(new SKColor(222, 214, 196), 14))
        {
            canvas.DrawOval(Size / 2f, Size / 2f + 40, 470, 440, shadow);
            canvas.DrawCircle(Size / 2f, Size / 2f, 470, plate);
            canvas.DrawCircle(Size / 2f, Size / 2f, 430, rim);
        }

        var kind = KindOf(name, category);
        switch (kind)
        {
            case Kind.Nuts:
                Scatter(canvas, random, 26, 300, (c, x, y) => Nut(c, x, y, 58, cracked: name.Contains("nứt", StringComparison.Ordinal)));
                break;
            case Kind.Kernels:
                Scatter(canvas, random, 34, 310, (c, x, y) => Nut(c, x, y, 46, cracked: false, kernel: true));
                break;
            case Kind.GreenLeaves or Kind.BlackLeaves or Kind.SweetLeaves:
                var colour = kind switch
                {
                    Kind.BlackLeaves => new SKColor(92, 48, 30),
                    Kind.SweetLeaves => new SKColor(86, 150, 60),
                    _ => new SKColor(62, 110, 48),
                };
                var (count, length) = kind == Kind.SweetLeaves ? (22, 70) : (30, 55);
                Scatter(canvas, random, count, 320, (c, x, y) => Leaf(c, random, x, y, length, colour));
                break;
            case Kind.TeaBags:
                Scatter(canvas, random, 7, 230, (c, x, y) => TeaBag(c, random, x, y));
                break;
            case Kind.Longan:
                Scatter(canvas, random, 30, 300, (c, x, y) => Fruit(c, x, y, 52, new SKColor(196, 158, 96)));
                break;
            case Kind.DriedLongan:
                Scatter(canvas, random, 40, 320, (c, x, y) => Fruit(c, x, y, 36, new SKColor(120, 70, 34)));
                break;
            case Kind.Pomelo:
                Fruit(canvas, Size / 2f - 60, Size / 2f + 20, 250, new SKColor(104, 158, 64));
                Leaf(canvas, random, Size / 2f + 170, Size / 2f - 230, 110, new SKColor(52, 104, 44));
                break;
            case Kind.Ginger:
                Scatter(canvas, random, 6, 230, (c, x, y) => Ginger(c, random, x, y));
                break;
            case Kind.Rice:
                Scatter(canvas, random, 420, 360, (c, x, y) => Grain(c, random, x, y));
                break;
            case Kind.Bamboo:
                Scatter(canvas, random, 16, 280, (c, x, y) => Strip(c, random, x, y, new SKColor(186, 140, 70), 26));
                break;
            case Kind.Noodles:
                Scatter(canvas, random, 60, 300, (c, x, y) => Strip(c, random, x, y, new SKColor(170, 160, 150, 200), 5));
                break;
            default:
                Scatter(canvas, random, 14, 300, (c, x, y) => Vegetable(c, random, x, y));
                break;
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private enum Kind
    {
        Nuts,
        Kernels,
        GreenLeaves,
        BlackLeaves,
        SweetLeaves,
        TeaBags,
        Longan,
        DriedLongan,
        Pomelo,
        Ginger,
        Rice,
        Bamboo,
        Noodles,
        Vegetables,
    }

    private static Kind KindOf(string name, string category) => (category, name) switch
    {
        ("hat", _) when name.StartsWith("Nhân", StringComparison.Ordinal) => Kind.Kernels,
        ("hat", _) => Kind.Nuts,
        ("hong-tra", _) => Kind.BlackLeaves,
        ("tra-thao-moc", _) => Kind.TeaBags,
        ("chat-tao-ngot", _) => Kind.SweetLeaves,
        (_, _) when category.StartsWith("tra", StringComparison.Ordinal) => Kind.GreenLeaves,
        ("trai-cay", _) when name.Contains("Bưởi", StringComparison.Ordinal) => Kind.Pomelo,
        ("trai-cay", _) => Kind.Longan,
        ("gia-vi", _) => Kind.Ginger,
        ("gao-ngu-coc", _) => Kind.Rice,
        ("dac-san-kho", _) when name.Contains("nhãn", StringComparison.Ordinal) => Kind.DriedLongan,
        ("dac-san-kho", _) when name.Contains("Măng", StringComparison.Ordinal) => Kind.Bamboo,
        ("dac-san-kho", _) => Kind.Noodles,
        _ => Kind.Vegetables,
    };

    private static (SKColor Top, SKColor Bottom) Colours(string category) => category switch
    {
        "hat" => (new SKColor(244, 226, 198), new SKColor(214, 176, 128)),
        "trai-cay" => (new SKColor(236, 246, 214), new SKColor(186, 216, 140)),
        "chat-tao-ngot" or "rau-cu" => (new SKColor(226, 244, 220), new SKColor(150, 198, 130)),
        "gia-vi" => (new SKColor(250, 236, 200), new SKColor(226, 190, 120)),
        "gao-ngu-coc" => (new SKColor(246, 240, 220), new SKColor(214, 198, 150)),
        "dac-san-kho" => (new SKColor(240, 226, 204), new SKColor(196, 160, 118)),
        "hong-tra" => (new SKColor(242, 218, 200), new SKColor(180, 110, 80)),
        _ => (new SKColor(224, 240, 214), new SKColor(120, 170, 100)),
    };

    /// <summary>Draws <paramref name="count"/> pieces at random within <paramref name="radius"/> of the plate's middle.</summary>
    private static void Scatter(SKCanvas canvas, Random random, int count, float radius, Action<SKCanvas, float, float> piece)
    {
        for (var i = 0; i < count; i++)
        {
            var angle = random.NextDouble() * Math.PI * 2;
            var distance = Math.Sqrt(random.NextDouble()) * radius;
            piece(canvas, Size / 2f + (float)(Math.Cos(angle) * distance), Size / 2f + (float)(Math.Sin(angle) * distance));
        }
    }

    private static void Nut(SKCanvas canvas, float x, float y, float r, bool cracked, bool kernel = false)
    {
        using var shell = Fill(kernel ? new SKColor(236, 214, 168) : new SKColor(132, 88, 48));
        using var shine = Fill(kernel ? new SKColor(250, 236, 204) : new SKColor(176, 128, 80));
        using var crack = Stroke(new SKColor(70, 40, 20), 5);
        canvas.DrawCircle(x, y, r, shell);
        canvas.DrawCircle(x - (r / 3), y - (r / 3), r / 3, shine);
        if (cracked)
        {
            canvas.DrawLine(x - (r / 2), y + (r / 4), x + (r / 2), y - (r / 5), crack);
        }
    }

    private static void Leaf(SKCanvas canvas, Random random, float x, float y, float length, SKColor colour)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.RotateDegrees((float)(random.NextDouble() * 360));
        using var leaf = Fill(colour);
        using var vein = Stroke(colour.WithAlpha(255).Lighter(), 4);
        using var path = new SKPath();
        path.MoveTo(-length, 0);
        path.QuadTo(0, -length * 0.55f, length, 0);
        path.QuadTo(0, length * 0.55f, -length, 0);
        canvas.DrawPath(path, leaf);
        canvas.DrawLine(-length * 0.9f, 0, length * 0.9f, 0, vein);
        canvas.Restore();
    }

    private static void TeaBag(SKCanvas canvas, Random random, float x, float y)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.RotateDegrees((float)((random.NextDouble() * 50) - 25));
        using var paper = Fill(new SKColor(246, 240, 226));
        using var edge = Stroke(new SKColor(200, 188, 160), 4);
        using var herbs = Fill(new SKColor(120, 140, 60, 150));
        using var label = Fill(new SKColor(90, 150, 70));
        using var thread = Stroke(new SKColor(160, 150, 130), 3);
        canvas.DrawRoundRect(-70, -90, 140, 180, 12, 12, paper);
        canvas.DrawRoundRect(-70, -90, 140, 180, 12, 12, edge);
        canvas.DrawRoundRect(-55, -40, 110, 115, 10, 10, herbs);
        canvas.DrawLine(0, -90, 0, -150, thread);
        canvas.DrawRect(-22, -185, 44, 38, label);
        canvas.Restore();
    }

    private static void Fruit(SKCanvas canvas, float x, float y, float r, SKColor colour)
    {
        using var skin = Fill(colour);
        using var shine = Fill(colour.Lighter().WithAlpha(200));
        using var outline = Stroke(colour.Darker(), Math.Max(3, r / 14));
        canvas.DrawCircle(x, y, r, skin);
        canvas.DrawCircle(x, y, r, outline);
        canvas.DrawCircle(x - (r / 2.8f), y - (r / 2.8f), r / 3.5f, shine);
    }

    private static void Ginger(SKCanvas canvas, Random random, float x, float y)
    {
        using var root = Fill(new SKColor(214, 176, 112));
        using var ring = Stroke(new SKColor(160, 118, 62), 4);
        for (var knob = 0; knob < 4; knob++)
        {
            var dx = (float)((random.NextDouble() * 140) - 70);
            var dy = (float)((random.NextDouble() * 70) - 35);
            canvas.DrawOval(x + dx, y + dy, 70, 44, root);
            canvas.DrawLine(x + dx - 20, y + dy - 30, x + dx - 10, y + dy + 30, ring);
        }
    }

    private static void Grain(SKCanvas canvas, Random random, float x, float y)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.RotateDegrees((float)(random.NextDouble() * 180));
        using var grain = Fill(new SKColor(248, 246, 236));
        using var edge = Stroke(new SKColor(206, 196, 170), 2);
        canvas.DrawOval(0, 0, 20, 11, grain);
        canvas.DrawOval(0, 0, 20, 11, edge);
        canvas.Restore();
    }

    private static void Strip(SKCanvas canvas, Random random, float x, float y, SKColor colour, float width)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.RotateDegrees((float)(random.NextDouble() * 180));
        using var paint = Stroke(colour, width);
        paint.StrokeCap = SKStrokeCap.Round;
        using var path = new SKPath();
        path.MoveTo(-150, 0);
        path.CubicTo(-60, -40, 60, 40, 150, 0);
        canvas.DrawPath(path, paint);
        canvas.Restore();
    }

    private static void Vegetable(SKCanvas canvas, Random random, float x, float y)
    {
        switch (random.Next(3))
        {
            case 0:
                Leaf(canvas, random, x, y, 80, new SKColor(70, 140, 60));
                break;
            case 1:
                Fruit(canvas, x, y, 48, new SKColor(206, 60, 48));
                break;
            default:
                canvas.Save();
                canvas.Translate(x, y);
                canvas.RotateDegrees((float)(random.NextDouble() * 360));
                using (var carrot = Fill(new SKColor(236, 132, 40)))
                using (var path = new SKPath())
                {
                    path.MoveTo(-22, -70);
                    path.LineTo(22, -70);
                    path.LineTo(0, 80);
                    path.Close();
                    canvas.DrawPath(path, carrot);
                }

                canvas.Restore();
                break;
        }
    }

    private static SKPaint Fill(SKColor colour) => new() { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKPaint Stroke(SKColor colour, float width) =>
        new() { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };

    private static SKColor Lighter(this SKColor c) => Shifted(c, 40);

    private static SKColor Darker(this SKColor c) => Shifted(c, -40);

    private static SKColor Shifted(SKColor c, int by) =>
        new((byte)Math.Clamp(c.Red + by, 0, 255), (byte)Math.Clamp(c.Green + by, 0, 255), (byte)Math.Clamp(c.Blue + by, 0, 255), c.Alpha);
}
