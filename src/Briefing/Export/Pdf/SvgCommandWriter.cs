using ShimSkiaSharp;

namespace Briefing.Export.Pdf;

/// <summary>
/// Turns the canvas commands Svg.Skia records for an SVG into PDF operators: saves and restores, the current
/// transform, clips, and paths filled and stroked in solid colours with their opacity. The coordinates stay in SVG
/// user units, y downwards; the page's transform places and flips them.
/// </summary>
internal static class SvgCommandWriter
{
    /// <summary>The operators, or null when a command needs what is not drawn as vectors here.</summary>
    public static byte[]? Write(IEnumerable<CanvasCommand> commands, PageResources resources)
    {
        var content = new PdfBytes(4096);
        var saved = new Stack<(SKMatrix Matrix, float Alpha)>();
        var matrix = SKMatrix.Identity;
        var alpha = 1f;
        foreach (var command in commands)
        {
            switch (command)
            {
                case SaveCanvasCommand:
                    content.Raw("q\n");
                    saved.Push((matrix, alpha));
                    break;
                case SaveLayerCanvasCommand layer:
                    if (layer.Paint is { } layerPaint && !PlainPaint(layerPaint))
                    {
                        return null;
                    }
                    content.Raw("q\n");
                    saved.Push((matrix, alpha));
                    // A layer's opacity applies to what is drawn in it (exact where shapes in it do not overlap).
                    alpha *= (layer.Paint?.Color?.Alpha ?? 255) / 255f;
                    break;
                case RestoreCanvasCommand when saved.Count > 0:
                    content.Raw("Q\n");
                    (matrix, alpha) = saved.Pop();
                    break;
                case RestoreCanvasCommand:
                    break;
                case SetMatrixCanvasCommand set:
                    matrix = set.TotalMatrix;
                    break;
                case ClipRectCanvasCommand clip:
                    if (clip.Operation != SKClipOperation.Intersect)
                    {
                        return null;
                    }
                    var rect = new SKPath();
                    rect.AddRect(clip.Rect);
                    SvgPathOperators.Write(content, rect, matrix);
                    content.Raw("W n\n");
                    break;
                case ClipPathCanvasCommand clip:
                    if (clip.Operation != SKClipOperation.Intersect || clip.ClipPath is not { } clipPath || !Clip(content, clipPath, matrix))
                    {
                        return null;
                    }
                    break;
                case DrawPathCanvasCommand { Path: { } path, Paint: { } paint }:
                    if (!Draw(content, path, paint, matrix, alpha, resources))
                    {
                        return null;
                    }
                    break;
                default:
                    return null;
            }
        }
        for (; saved.Count > 0; saved.Pop())
        {
            content.Raw("Q\n");
        }
        return content.ToArray();
    }

    // A clip path is the union of its paths, each in its own transform, inside the clip path's own clip.
    private static bool Clip(PdfBytes content, ClipPath clip, SKMatrix matrix)
    {
        var outer = clip.Transform is { } own ? Concat(matrix, own) : matrix;
        if (clip.Clip is { } nested && !Clip(content, nested, outer))
        {
            return false;
        }
        if (clip.Clips is not { Count: > 0 } paths)
        {
            // Nothing to show through: an empty clip hides everything after it.
            content.Raw("0 0 m W n\n");
            return true;
        }
        var evenOdd = false;
        foreach (var part in paths)
        {
            if (part.Clip is not null || part.Path is not { } path)
            {
                return false;
            }
            SvgPathOperators.Write(content, path, part.Transform is { } transform ? Concat(outer, transform) : outer);
            evenOdd = path.FillType == SKPathFillType.EvenOdd;
        }
        content.Raw(evenOdd && paths.Count == 1 ? "W* n\n" : "W n\n");
        return true;
    }

    private static bool Draw(PdfBytes content, SKPath path, SKPaint paint, SKMatrix matrix, float alpha, PageResources resources)
    {
        if (!PlainPaint(paint))
        {
            return false;
        }
        var colour = paint.Color ?? (paint.Shader as ColorShader)?.Color ?? new SKColor(0, 0, 0, 255);
        var opacity = (byte)Math.Round(colour.Alpha * alpha);
        if (opacity == 0)
        {
            return true;
        }
        content.Raw("q\n");
        if (!matrix.IsIdentity)
        {
            content.Real(matrix.ScaleX, 5).Space().Real(matrix.SkewY, 5).Space().Real(matrix.SkewX, 5).Space()
                .Real(matrix.ScaleY, 5).Space().Real(matrix.TransX).Space().Real(matrix.TransY).Raw(" cm\n");
        }
        if (opacity != 255)
        {
            content.Name(resources.Alpha(opacity)).Raw(" gs\n");
        }
        var stroke = paint.Style != SKPaintStyle.Fill;
        var fill = paint.Style != SKPaintStyle.Stroke;
        var rgb = new PdfBytes(32).Real(colour.Red / 255.0).Space().Real(colour.Green / 255.0).Space().Real(colour.Blue / 255.0);
        if (fill)
        {
            content.Raw(rgb.Span).Raw(" rg\n");
        }
        if (stroke)
        {
            content.Raw(rgb.Span).Raw(" RG\n").Real(paint.StrokeWidth).Raw(" w ")
                .Int(paint.StrokeCap switch { SKStrokeCap.Round => 1, SKStrokeCap.Square => 2, _ => 0 }).Raw(" J ")
                .Int(paint.StrokeJoin switch { SKStrokeJoin.Round => 1, SKStrokeJoin.Bevel => 2, _ => 0 }).Raw(" j ")
                .Real(Math.Max(1, paint.StrokeMiter)).Raw(" M\n");
        }
        SvgPathOperators.Write(content, path, SKMatrix.Identity);
        var evenOdd = path.FillType == SKPathFillType.EvenOdd;
        content.Raw(fill && stroke ? evenOdd ? "B*" : "B" : fill ? evenOdd ? "f*" : "f" : "S").Raw("\nQ\n");
        return true;
    }

    // What a solid colour with opacity can say: no gradient or pattern, filter, dash or blend mode.
    private static bool PlainPaint(SKPaint paint) =>
        paint.Shader is null or ColorShader && paint.ColorFilter is null && paint.ImageFilter is null && paint.PathEffect is null
        && paint.BlendMode == SKBlendMode.SrcOver;

    /// <summary><paramref name="outer"/> after <paramref name="inner"/>: a point goes through inner first.</summary>
    public static SKMatrix Concat(SKMatrix outer, SKMatrix inner) => new(
        outer.ScaleX * inner.ScaleX + outer.SkewX * inner.SkewY,
        outer.ScaleX * inner.SkewX + outer.SkewX * inner.ScaleY,
        outer.ScaleX * inner.TransX + outer.SkewX * inner.TransY + outer.TransX,
        outer.SkewY * inner.ScaleX + outer.ScaleY * inner.SkewY,
        outer.SkewY * inner.SkewX + outer.ScaleY * inner.ScaleY,
        outer.SkewY * inner.TransX + outer.ScaleY * inner.TransY + outer.TransY,
        0, 0, 1);
}
