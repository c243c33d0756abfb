using System.Text;
using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// Writes glyph runs as text objects: one BT..ET per line of joined runs, one TJ array whose numbers place every
/// glyph exactly where layout put it. Right-to-left runs are written in logical order (the glyphs go leftwards),
/// so that extraction that follows the content order reads Arabic as it is spelt. A cluster whose glyphs cannot
/// say their text through the ToUnicode map alone gets an /ActualText span.
/// </summary>
internal sealed class GlyphRunWriter(PdfBytes content, float pageHeight)
{
    private FontUse? _font;
    private float _size;
    private bool _inArray;
    private bool _inString;
    private float _rise;
    private double _pen;
    private string? _prefix;
    private readonly StringBuilder _joined = new();
    private byte[] _utf8 = new byte[256];
    private char[] _chars = new char[64];

    /// <summary>
    /// Runs <paramref name="start"/> to <paramref name="end"/> (exclusive), all in <paramref name="font"/> at one size
    /// and baseline; <paramref name="prefix"/> (a space) is read before the first glyph, for the space of a line break.
    /// </summary>
    public void Write(ReadOnlySpan<PageItem> items, int start, int end, FontUse font, string? prefix = null)
    {
        _prefix = prefix;
        var first = (GlyphRunItem)items[start];
        content.Raw("BT\n");
        if (_font != font || _size != first.Size)
        {
            content.Name(font.ResourceName).Space().Real(first.Size, 2).Raw(" Tf\n");
            _font = font;
            _size = first.Size;
        }
        var startX = StartX(first);
        content.Real(startX).Space().Real(pageHeight - first.Baseline).Raw(" Td\n");
        _pen = startX;
        for (var r = start; r < end; r++)
        {
            WriteRun((GlyphRunItem)items[r], font);
        }
        CloseArray();
        if (_rise != 0)
        {
            content.Raw("0 Ts\n");
            _rise = 0;
        }
        content.Raw("ET\n");
    }

    private static float StartX(GlyphRunItem run) =>
        run.Glyphs.Length == 0 ? run.X : run.X + (RightToLeft(run) ? run.GlyphX[^1] : run.GlyphX[0]);

    /// <summary>Clusters falling from glyph to glyph: HarfBuzz put the glyphs of a right-to-left run in visual order.</summary>
    public static bool RightToLeft(GlyphRunItem run) => run.Clusters.Length > 1 && run.Clusters[0] > run.Clusters[^1];

    private void WriteRun(GlyphRunItem run, FontUse font)
    {
        var glyphs = run.Glyphs.AsSpan();
        var glyphX = run.GlyphX.AsSpan();
        var glyphY = run.GlyphY.AsSpan();
        var clusters = run.Clusters.AsSpan();
        var count = glyphs.Length;
        if (count == 0)
        {
            return;
        }
        // Clusters are UTF-8 offsets; in ASCII text (most runs) they are offsets into the string itself, and the
        // cluster's text is read without copying.
        var utf8 = Ascii.IsValid(run.Text) ? default : Utf8(run.Text);
        var rtl = RightToLeft(run);
        var ordered = InLogicalOrder(clusters, rtl);
        var i = 0;
        while (i < count)
        {
            // A cluster: the glyphs, in logical order, that share one cluster value.
            var at = rtl ? count - 1 - i : i;
            var cluster = clusters[at];
            var length = 1;
            while (i + length < count && clusters[rtl ? count - 1 - (i + length) : i + length] == cluster)
            {
                length++;
            }
            // Clusters that rise in logical order end where the next glyph's begins (the last at the run's end); others
            // are searched for.
            uint? following = !ordered ? null : i + length < count ? clusters[rtl ? count - 1 - (i + length) : i + length] : uint.MaxValue;
            var text = ClusterText(run.Text, clusters, utf8, cluster, following);
            var needsActualText = !Map(glyphs, font, rtl, i, length, text);
            if (_prefix is not null && font.SpaceCode is { } space && font.TryMap(space, " "))
            {
                // A space glyph just before the first glyph: blank on the page, a word break for the reader.
                var first = rtl ? count - 1 : 0;
                Show(font, space, run.X + glyphX[first] - font.Width(space) * _size / 1000.0, 0);
            }
            _prefix = null;
            if (needsActualText)
            {
                CloseArray();
                content.Raw("/Span <</ActualText ").Text(text.ToString()).Raw(">> BDC\n");
            }
            for (var k = i; k < i + length; k++)
            {
                var g = rtl ? count - 1 - k : k;
                Show(font, font.Code(glyphs[g]), run.X + glyphX[g], -glyphY[g]);
            }
            if (needsActualText)
            {
                CloseArray();
                content.Raw("EMC\n");
            }
            i += length;
        }
    }

    // Whether the cluster values rise strictly from cluster to cluster in logical order, as HarfBuzz's default
    // cluster level keeps them; then a cluster's text ends where the next cluster's begins.
    private static bool InLogicalOrder(ReadOnlySpan<uint> clusters, bool rtl)
    {
        var count = clusters.Length;
        for (var k = 1; k < count; k++)
        {
            var before = clusters[rtl ? count - k : k - 1];
            var after = clusters[rtl ? count - 1 - k : k];
            if (after < before)
            {
                return false;
            }
        }
        return true;
    }

    // The run's text as UTF-8, in a buffer kept for the next run.
    private ReadOnlySpan<byte> Utf8(string text)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < needed)
        {
            _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        }
        return _utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, _utf8));
    }

    // True when the ToUnicode map alone gives the cluster's text.
    private bool Map(ReadOnlySpan<ushort> glyphs, FontUse font, bool rtl, int i, int length, ReadOnlySpan<char> text)
    {
        var count = glyphs.Length;
        if (length == 1)
        {
            var code = font.Code(glyphs[rtl ? count - 1 - i : i]);
            return text.Length == 0 || font.TryMap(code, text);
        }
        _joined.Clear();
        for (var k = i; k < i + length; k++)
        {
            var glyph = glyphs[rtl ? count - 1 - k : k];
            var code = font.Code(glyph);
            if (font.CmapText(glyph) is { } own)
            {
                font.TryMap(code, own);
            }
            if (font.Unicode.TryGetValue(code, out var mapped))
            {
                _joined.Append(mapped);
            }
        }
        return _joined.Equals(text);
    }

    // The text of the cluster that starts at offset cluster: up to the next larger cluster offset, or the run's end.
    private ReadOnlySpan<char> ClusterText(string runText, ReadOnlySpan<uint> clusters, ReadOnlySpan<byte> utf8, uint cluster, uint? following)
    {
        var ascii = utf8.IsEmpty;
        var next = (uint)(ascii ? runText.Length : utf8.Length);
        if (following is { } known)
        {
            next = Math.Min(known, next);
        }
        else
        {
            foreach (var other in clusters)
            {
                if (other > cluster && other < next)
                {
                    next = other;
                }
            }
        }
        if (cluster >= next)
        {
            return "";
        }
        if (ascii)
        {
            return runText.AsSpan((int)cluster, (int)(next - cluster));
        }
        var bytes = utf8[(int)cluster..(int)next];
        if (_chars.Length < bytes.Length)
        {
            _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        }
        return _chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, _chars));
    }

    private void Show(FontUse font, int code, double x, float rise)
    {
        if (rise != _rise)
        {
            CloseArray();
            content.Real(rise).Raw(" Ts\n");
            _rise = rise;
        }
        // TJ numbers are thousandths of the font size, subtracted from the pen; rounded, with the remainder kept.
        var adjust = (long)Math.Round((_pen - x) * 1000 / _size);
        if (adjust != 0)
        {
            OpenArray();
            CloseString();
            content.Int(adjust).Space();
            _pen -= adjust * _size / 1000.0;
        }
        OpenArray();
        if (!_inString)
        {
            content.Byte((byte)'(');
            _inString = true;
        }
        content.LiteralCode16(code);
        _pen += font.Width(code) * _size / 1000.0;
    }

    private void OpenArray()
    {
        if (!_inArray)
        {
            content.Byte((byte)'[');
            _inArray = true;
        }
    }

    private void CloseString()
    {
        if (_inString)
        {
            content.Byte((byte)')');
            _inString = false;
        }
    }

    private void CloseArray()
    {
        CloseString();
        if (_inArray)
        {
            content.Raw("] TJ\n");
            _inArray = false;
        }
    }
}
