using Briefing.Diagnostics;
using Briefing.Export;
using Briefing.Export.Pdf;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Tests.Layout;

/// <summary>Lays out Markdown with a theme and writes PDF bytes, for tests.</summary>
internal static class Render
{
    public static LayoutResult Layout(string markdown, Theme? theme = null, string? baseDirectory = null)
    {
        using var fonts = new FontLibrary(systemFonts: false);
        using var typesetter = new Typesetter(fonts);
        return typesetter.Layout(markdown, theme ?? ThemeLoader.Default, new LayoutOptions("test.md", baseDirectory));
    }

    public static LaidOutDocument Document(string markdown, Theme? theme = null, string? baseDirectory = null)
    {
        var result = Layout(markdown, theme, baseDirectory);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(result.Document is not null, string.Join("\n", errors));
        return result.Document!;
    }

    public static byte[] Pdf(string markdown, Theme? theme = null, string? baseDirectory = null)
    {
        var document = Document(markdown, theme, baseDirectory);
        using var stream = new MemoryStream();
        PdfExporter.Write(document, stream);
        return stream.ToArray();
    }

    public static string Text(LaidOutPage page) =>
        string.Concat(page.Items.OfType<GlyphRunItem>().Select(r => r.Text));
}
