using Briefing.Diagnostics;
using Briefing.Document;
using Briefing.Layout.Elements;
using Briefing.Layout.Pages;
using Briefing.Markup;
using Briefing.Text;
using Briefing.Text.Hyphenation;

namespace Briefing.Layout;

/// <summary>
/// Lays out Markdown with a theme into pages. Owns no fonts: the <see cref="FontLibrary"/> (and the hyphenation
/// patterns) given are the caches it uses, so one typesetter (and library) per thread.
/// </summary>
public sealed class Typesetter(FontLibrary fonts, Hyphenators? hyphenators = null) : IDisposable
{
    private readonly Hyphenators _hyphenators = hyphenators ?? new Hyphenators();

    /// <summary>Parses <paramref name="markdown"/> (with optional YAML front matter), lays it out on pages, and adds running header, footer and banner.</summary>
    public LayoutResult Layout(string markdown, Theme theme, LayoutOptions options) => Layout(TreeBuilder.Build(markdown), theme, options);

    /// <summary>Lays out a document tree on pages, and adds running header, footer and banner.</summary>
    public LayoutResult Layout(DocumentTree tree, Theme theme, LayoutOptions options)
    {
        var (context, builder, pages, outline) = Pass(tree, theme, options, null);
        if (builder.UsesPageNumbers)
        {
            // Contents lists show the pages of their targets: lay out again knowing them. Page number slots have a
            // fixed width, so the second pass breaks pages exactly as the first.
            (context, _, pages, outline) = Pass(tree, theme, options, outline.PageOf);
        }
        CheckFonts(theme, context, options.ThemePath ?? options.SourcePath);
        var metadata = FrontMatter.Read(tree.FrontMatter, tree.FrontMatterLine, options.SourcePath, context.Diagnostics, builder.FirstHeading);
        for (var i = 0; i < pages.Count; i++)
        {
            PageDecorations.Add(pages[i].Items, pages[i].Page, i, pages.Count, metadata, Math.Max(1, tree.FrontMatterLine), context, options.ThemePath ?? options.SourcePath);
        }
        CheckLinks(pages.Select(p => p.Items).ToList(), outline, context, tree);
        if (context.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new LayoutResult(null, context.Diagnostics);
        }
        var used = pages.SelectMany(p => p.Items.OfType<GlyphRunItem>()).Select(r => r.FontId).ToHashSet();
        var embedded = fonts.Faces.Where(f => used.Contains(f.Id)).Select(f => new EmbeddedFont(f.Id, f.Name, f.Data, f.Index) { Subsets = f.Subsets }).ToList();
        var laidOut = new LaidOutDocument(
            pages.Select(p => new LaidOutPage(p.Page.Width, p.Page.Height, p.Items)).ToList(),
            embedded,
            metadata,
            outline.Entries);
        return new LayoutResult(laidOut, context.Diagnostics);
    }

    private (TypesetContext, ElementBuilder, List<(List<PageItem> Items, PageSetup Page)>, OutlineCollector) Pass(
        DocumentTree tree, Theme theme, LayoutOptions options, IReadOnlyDictionary<string, int>? pageOf)
    {
        var context = new TypesetContext(fonts, theme, options.SourcePath, _hyphenators);
        var builder = new ElementBuilder(context, options, pageOf);
        var sections = builder.Build(tree);
        var outline = new OutlineCollector();
        var pages = Paginator.Paginate(sections, theme.Page, outline, context, tree);
        return (context, builder, pages, outline);
    }

    private void CheckFonts(Theme theme, TypesetContext context, string themePath)
    {
        foreach (var problem in fonts.Problems)
        {
            context.Diagnostics.Add(new Diagnostic(context.SourcePath, 0, 0, Severity.Warning, problem));
        }
        var lists = new[] { theme.Fonts.Body, theme.Fonts.Heading, theme.Fonts.Mono }
            .Concat(theme.Blocks.Values.Concat(theme.Styles.Values).Select(s => s.Font?.Families).OfType<IReadOnlyList<string>>())
            .DistinctBy(l => string.Join(",", l));
        foreach (var list in lists)
        {
            if (!list.Any(fonts.HasFamily))
            {
                context.Diagnostics.Add(new Diagnostic(themePath, 0, 0, Severity.Warning,
                    $"none of the theme's fonts `{string.Join(", ", list)}` is available; Noto Sans is used",
                    "install the font, put its files in the fonts/ folder, or add an installed family to the list"));
            }
        }
    }

    private static void CheckLinks(List<List<PageItem>> pages, OutlineCollector outline, TypesetContext context, DocumentTree tree)
    {
        var missing = pages.SelectMany(p => p.OfType<LinkItem>())
            .Where(l => l.Destination is not null && !outline.PageOf.ContainsKey(l.Destination))
            .Select(l => l.Destination!)
            .Distinct(StringComparer.Ordinal);
        var links = tree.Descendants().OfType<LinkNode>().Where(l => l.IsInternal).GroupBy(l => l.Url[1..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var name in missing)
        {
            // The link's target is written by the template or comes from data, like the link's text.
            context.Diagnostics.Add(SourcePlaces.At(context.SourcePath, links.GetValueOrDefault(name)?.Span, fromData: true, Severity.Warning,
                $"link to `#{name}` has no heading with that id", "ids are the heading text in lower case with dashes, e.g. #next-steps"));
        }
    }

    /// <summary>The typesetter holds nothing of its own; the font library is disposed by whoever created it.</summary>
    public void Dispose()
    {
    }
}
