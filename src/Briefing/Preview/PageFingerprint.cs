using System.Security.Cryptography;
using Briefing.Layout.Pages;

namespace Briefing.Preview;

/// <summary>
/// A digest of everything drawn on a page. Two renders that draw a page alike give it the same fingerprint, so a
/// preview draws again only the pages a change touched, and a browser keeps the images of the others.
/// </summary>
public static class PageFingerprint
{
    public static string Of(LaidOutPage page, IReadOnlyList<EmbeddedFont> fonts)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(page.Width);
            w.Write(page.Height);
            foreach (var item in page.Items) Write(w, item, fonts);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)).AsSpan(0, 12));
    }

    private static void Write(BinaryWriter w, PageItem item, IReadOnlyList<EmbeddedFont> fonts)
    {
        switch (item)
        {
            case GlyphRunItem run:
                w.Write('g');
                var font = fonts.FirstOrDefault(f => f.Id == run.FontId);
                w.Write(font?.Name ?? "");
                w.Write(font?.FaceIndex ?? -1);
                w.Write(font?.Data.Length ?? -1);
                w.Write(run.X);
                w.Write(run.Baseline);
                w.Write(run.Size);
                w.Write(run.Colour.ToString());
                w.Write(run.Glyphs.Length);
                for (var i = 0; i < run.Glyphs.Length; i++)
                {
                    w.Write(run.Glyphs[i]);
                    w.Write(run.GlyphX[i]);
                    w.Write(run.GlyphY[i]);
                }

                break;
            case FillItem fill:
                w.Write('f');
                w.Write(fill.X);
                w.Write(fill.Y);
                w.Write(fill.Width);
                w.Write(fill.Height);
                w.Write(fill.Colour.ToString());
                break;
            case RuleItem rule:
                w.Write('r');
                w.Write(rule.X1);
                w.Write(rule.Y1);
                w.Write(rule.X2);
                w.Write(rule.Y2);
                w.Write(rule.Thickness);
                w.Write(rule.Colour.ToString());
                break;
            case ImageItem image:
                w.Write('i');
                w.Write(image.X);
                w.Write(image.Y);
                w.Write(image.Width);
                w.Write(image.Height);
                w.Write(image.Image.IsSvg);
                w.Write(SHA256.HashData(image.Image.Bytes.Span));
                break;
            default:
                // Links and destinations draw nothing.
                break;
        }
    }
}
