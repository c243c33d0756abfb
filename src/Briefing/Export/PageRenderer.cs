using System.Text;
using Briefing.Layout.Pages;
using SkiaSharp;
using Svg.Skia;

namespace Briefing.Export;

/// <summary>Draws one laid-out page on a Skia canvas; the same code serves the PDF and the raster (PNG) backends.</summary>
internal static class PageRenderer
{
    public static void Render(SKCanvas canvas, LaidOutPage page, IReadOnlyDictionary<int, SKTypeface> typefaces)
    {
        using var paint = new SKPaint { IsAntialias = true };
        using var builder = new SKTextBlobBuilder();
        var fonts = new Dictionary<(int FontId, float Size), SKFont>();
        try
        {
            Draw(canvas, page, typefaces, paint, builder, fonts);
        }
        finally
        {
            foreach (var font in fonts.Values)
            {
                font.Dispose();
            }
        }
    }

    private static void Draw(SKCanvas canvas, LaidOutPage page, IReadOnlyDictionary<int, SKTypeface> typefaces, SKPaint paint,
        SKTextBlobBuilder builder, Dictionary<(int FontId, float Size), SKFont> fonts)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRunItem run when typefaces.TryGetValue(run.FontId, out var typeface):
                    DrawRun(canvas, run, FontFor(fonts, run, typeface), builder, paint);
                    break;
                case FillItem fill:
                    paint.Style = SKPaintStyle.Fill;
                    paint.Color = Colour(fill.Colour);
                    canvas.DrawRect(SKRect.Create(fill.X, fill.Y, fill.Width, fill.Height), paint);
                    break;
                case RuleItem rule:
                    paint.Style = SKPaintStyle.Stroke;
                    paint.StrokeWidth = rule.Thickness;
                    paint.StrokeCap = SKStrokeCap.Butt;
                    paint.Color = Colour(rule.Colour);
                    canvas.DrawLine(rule.X1, rule.Y1, rule.X2, rule.Y2, paint);
                    break;
                case ImageItem image:
                    DrawImage(canvas, image);
                    break;
                case LinkItem { Uri: { } uri } link:
                    canvas.DrawUrlAnnotation(SKRect.Create(link.X, link.Y, link.Width, link.Height), uri);
                    break;
                case LinkItem { Destination: { } destination } link:
                    canvas.DrawLinkDestinationAnnotation(SKRect.Create(link.X, link.Y, link.Width, link.Height), destination);
                    break;
                case DestinationItem destination:
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(destination.X, destination.Y), destination.Name);
                    break;
            }
        }
    }

    // Text and clusters go with the glyphs so that the PDF maps every glyph back to its characters (search, copy, Arabic).
    // A page has a handful of font and size pairs but hundreds of runs; one SKFont serves each pair.
    private static SKFont FontFor(Dictionary<(int FontId, float Size), SKFont> fonts, GlyphRunItem run, SKTypeface typeface)
    {
        if (!fonts.TryGetValue((run.FontId, run.Size), out var font))
        {
            font = new SKFont(typeface, run.Size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.SubpixelAntialias,
            };
            fonts.Add((run.FontId, run.Size), font);
        }

        return font;
    }

    private static void DrawRun(SKCanvas canvas, GlyphRunItem run, SKFont font, SKTextBlobBuilder builder, SKPaint paint)
    {
        var count = run.Glyphs.Count;
        if (count == 0)
        {
            return;
        }
        var byteCount = Encoding.UTF8.GetByteCount(run.Text);
        var buffer = builder.AllocatePositionedTextRun(font, count, byteCount, null);
        // Written straight into Skia's run buffer: no arrays per run.
        var glyphs = buffer.Glyphs;
        var points = buffer.Positions;
        var clusters = buffer.Clusters;
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = run.Glyphs[i];
            points[i] = new SKPoint(run.X + run.GlyphX[i], run.Baseline + run.GlyphY[i]);
            clusters[i] = run.Clusters[i];
        }
        Encoding.UTF8.GetBytes(run.Text, buffer.Text);
        // Build hands back the blob and leaves the builder empty for the next run.
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }
        paint.Style = SKPaintStyle.Fill;
        paint.Color = Colour(run.Colour);
        canvas.DrawText(blob, 0, 0, paint);
    }

    private static void DrawImage(SKCanvas canvas, ImageItem item)
    {
        var rect = SKRect.Create(item.X, item.Y, item.Width, item.Height);
        if (item.Image.IsSvg)
        {
            using var svg = new SKSvg();
            using var stream = new MemoryStream(item.Image.Bytes.ToArray());
            var picture = svg.Load(stream);
            if (picture is null)
            {
                return;
            }
            var bounds = picture.CullRect;
            canvas.Save();
            canvas.Translate(rect.Left, rect.Top);
            canvas.Scale(rect.Width / Math.Max(1, bounds.Width), rect.Height / Math.Max(1, bounds.Height));
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
            canvas.Restore();
            return;
        }
        using var data = SKData.CreateCopy(item.Image.Bytes.Span);
        using var image = SKImage.FromEncodedData(data);
        if (image is not null)
        {
            canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
    }

    private static SKColor Colour(Rgba c) => new(c.R, c.G, c.B, c.A);
}
