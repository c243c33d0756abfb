using System.Collections.Immutable;
using System.Text;
using Briefing.Layout.Pages;
using SkiaSharp;

namespace Briefing.Export;

/// <summary>Draws one laid-out page on a Skia canvas, for the raster (PNG) backend.</summary>
internal static class PageRenderer
{
    public static void Render(SKCanvas canvas, LaidOutPage page, IReadOnlyDictionary<int, PageFont> typefaces)
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

    private static void Draw(SKCanvas canvas, LaidOutPage page, IReadOnlyDictionary<int, PageFont> typefaces, SKPaint paint,
        SKTextBlobBuilder builder, Dictionary<(int FontId, float Size), SKFont> fonts)
    {
        var items = page.Items;
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (item is GlyphRunItem first)
            {
                var end = index + 1;
                while (end < items.Count && items[end] is GlyphRunItem next && Joins((GlyphRunItem)items[end - 1], next))
                {
                    end++;
                }
                if (typefaces.TryGetValue(first.FontId, out var typeface))
                {
                    DrawRuns(canvas, items, index, end, typeface, FontFor(fonts, first, typeface.Typeface), builder, paint);
                }
                index = end - 1;
                continue;
            }
            switch (item)
            {
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

    // Words of one line in one font, size and colour go to Skia as one run: the PDF then holds one text object per
    // line rather than one per word and space, which makes the content streams several times smaller and faster to
    // write and compress. Right-to-left runs stay on their own, because Skia reads a run's clusters in one direction.
    // Only text that follows on (after a word, or after a space stretched by justification) joins: two table cells
    // side by side share a baseline, but their words must not become one word for search and copy.
    private static bool Joins(GlyphRunItem previous, GlyphRunItem next)
    {
        var end = previous.X + previous.Width;
        var follows = Math.Abs(next.X - end) < 0.01f || (next.X > end && string.IsNullOrWhiteSpace(previous.Text));
        return follows && next.FontId == previous.FontId && next.Size == previous.Size && next.Colour == previous.Colour
            && next.Baseline == previous.Baseline && Ascending(previous.Clusters) && Ascending(next.Clusters);
    }

    private static bool Ascending(ImmutableArray<uint> clusters)
    {
        for (var i = 1; i < clusters.Length; i++)
        {
            if (clusters[i] < clusters[i - 1])
            {
                return false;
            }
        }
        return true;
    }

    private static void DrawRuns(SKCanvas canvas, IReadOnlyList<PageItem> items, int start, int end, PageFont pageFont, SKFont font, SKTextBlobBuilder builder, SKPaint paint)
    {
        var count = 0;
        var byteCount = 0;
        for (var r = start; r < end; r++)
        {
            var run = (GlyphRunItem)items[r];
            count += run.Glyphs.Length;
            byteCount += Encoding.UTF8.GetByteCount(run.Text);
        }
        if (count == 0)
        {
            return;
        }
        var buffer = builder.AllocatePositionedTextRun(font, count, byteCount, null);
        // Written straight into Skia's run buffer: no arrays per run.
        var glyphs = buffer.Glyphs;
        var points = buffer.Positions;
        var clusters = buffer.Clusters;
        var text = buffer.Text;
        var at = 0;
        var textAt = 0;
        for (var r = start; r < end; r++)
        {
            var run = (GlyphRunItem)items[r];
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                glyphs[at] = pageFont.Glyph(run.Glyphs[i]);
                points[at] = new SKPoint(run.X + run.GlyphX[i], run.Baseline + run.GlyphY[i]);
                // Clusters are byte offsets into the run's own text, which now starts further into the joined text.
                clusters[at] = run.Clusters[i] + (uint)textAt;
                at++;
            }
            textAt += Encoding.UTF8.GetBytes(run.Text, text[textAt..]);
        }
        // Build hands back the blob and leaves the builder empty for the next run.
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }
        var first = (GlyphRunItem)items[start];
        paint.Style = SKPaintStyle.Fill;
        paint.Color = Colour(first.Colour);
        canvas.DrawText(blob, 0, 0, paint);
    }

    private static void DrawImage(SKCanvas canvas, ImageItem item)
    {
        var rect = SKRect.Create(item.X, item.Y, item.Width, item.Height);
        if (item.Image.IsSvg)
        {
            SvgRaster.Draw(canvas, item.Image.Bytes, rect);
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
