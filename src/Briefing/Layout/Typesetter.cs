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
    /// <summary>Layout passes allowed for the page numbers of contents lists and cross-references to settle.</summary>
    public const int MaxPasses = 4;

    private readonly Hyphenators _hyphenators = hyphenators ?? new Hyphenators();

    /// <summary>Parses <paramref name="markdown"/> (with optional YAML front matter), lays it out on pages, and adds running header, footer and banner.</summary>
    public LayoutResult Layout(string markdown, Theme theme, LayoutOptions options) => Layout(TreeBuilder.Build(markdown), theme, options);

    /// <summary>Lays out a document tree on pages, and adds running header, footer and banner.</summary>
    public LayoutResult Layout(DocumentTree tree, Theme theme, LayoutOptions options)
    {
        var (context, builder, pages, outline) = Pass(tree, theme, options, null);
        var passes = 1;
        var settled = !builder.UsesPageNumbers;
        while (!settled && passes < MaxPasses)
        {
            // Contents lists and page references show the pages of their targets: lay out again knowing them. A
            // contents number has a slot of fixed width, but a number in running text can move the words after it
            // (page 9 becomes 10), so the pages printed are checked against the pages of the layout printing them.
            var printed = outline.PageOf;
            (context, builder, pages, outline) = Pass(tree, theme, options, printed);
            passes++;
            settled = SamePages(printed, outline.PageOf);
        }
        if (!settled)
        {
            context.Diagnostics.Add(new Diagnostic(options.SourcePath, 0, 0, Severity.Warning,
                $"the page numbers of cross-references did not settle after {MaxPasses} layout passes: printing them moves the headings they name, so some may be wrong",
                "put a reference whose number can grow by a digit where its line has room, or after the heading it names"));
        }
        CheckFonts(theme, context, options.ThemePath ?? options.SourcePath);
        CheckFootnotes(tree, context, options.Strict ? Severity.Error : Severity.Warning);
        var metadata = FrontMatter.Read(tree.FrontMatter, tree.FrontMatterLine, options.SourcePath, context.Diagnostics, builder.FirstHeading);
        for (var i = 0; i < pages.Count; i++)
        {
            PageDecorations.Add(pages[i].Items, pages[i].Page, i, pages.Count, metadata, Math.Max(1, tree.FrontMatterLine), tree.FrontMatterPlaces.GetValueOrDefault("classification"), context, options.ThemePath ?? options.SourcePath);
        }
        CheckLinks(pages, outline, context, tree);
        if (context.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new LayoutResult(null, context.Diagnostics);
        }
        var used = UsedFonts(pages);
        var embedded = fonts.Faces.Where(f => used.Contains(f.Id)).Select(f => new EmbeddedFont(f.Id, f.Name, f.Data, f.Index) { Subsets = f.Subsets }).ToList();
        var laidOut = new LaidOutDocument(
            pages.Select(p => new LaidOutPage(p.Page.Width, p.Page.Height, p.Items)).ToList(),
            embedded,
            metadata,
            outline.Entries);
        return new LayoutResult(laidOut, context.Diagnostics) { Passes = passes };
    }

    private static bool SamePages(IReadOnlyDictionary<string, int> printed, IReadOnlyDictionary<string, int> placed) =>
        printed.Count == placed.Count && printed.All(pair => placed.TryGetValue(pair.Key, out var page) && page == pair.Value);

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

    // A hundred pages hold about a hundred thousand items: plain loops, no query per item.
    private static HashSet<int> UsedFonts(List<(List<PageItem> Items, PageSetup Page)> pages)
    {
        var used = new HashSet<int>();
        foreach (var (items, _) in pages)
        {
            foreach (var item in items)
            {
                if (item is GlyphRunItem run)
                {
                    used.Add(run.FontId);
                }
            }
        }
        return used;
    }

    private static void CheckLinks(List<(List<PageItem> Items, PageSetup Page)> pages, OutlineCollector outline, TypesetContext context, DocumentTree tree)
    {
        // One walk of the tree finds both the page references and the internal links.
        var references = new List<PageReferenceNode>();
        var links = new Dictionary<string, LinkNode>(StringComparer.Ordinal);
        foreach (var node in tree.Descendants())
        {
            if (node is PageReferenceNode reference && !outline.PageOf.ContainsKey(reference.Target))
            {
                references.Add(reference);
            }
            else if (node is LinkNode { IsInternal: true } link)
            {
                links.TryAdd(link.Url[1..], link);
            }
        }
        foreach (var reference in references)
        {
            // A page number that points nowhere would print a wrong number: the template names a heading it does not write.
            context.Diagnostics.Add(SourcePlaces.At(context.SourcePath, reference.Span, fromData: false, Severity.Error,
                $"page reference to `#{reference.Target}` has no heading with that id", "ids are the heading text in lower case with dashes, or the heading's `{#id}`"));
        }
        var referenced = references.Select(r => r.Target).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Places the layout names itself, such as a footnote mark its note's number leads back to.
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<string>();
        foreach (var (items, _) in pages)
        {
            foreach (var item in items)
            {
                if (item is DestinationItem destination)
                {
                    placed.Add(destination.Name);
                }
                else if (item is LinkItem { Destination: { } name } && !outline.PageOf.ContainsKey(name))
                {
                    targets.Add(name);
                }
            }
        }
        foreach (var name in targets)
        {
            if (!placed.Contains(name) && !referenced.Contains(name) && seen.Add(name))
            {
                missing.Add(name);
            }
        }
        foreach (var name in missing)
        {
            // The link's target is written by the template or comes from data, like the link's text.
            context.Diagnostics.Add(SourcePlaces.At(context.SourcePath, links.GetValueOrDefault(name)?.Span, fromData: true, Severity.Warning,
                $"link to `#{name}` has no heading with that id", "ids are the heading text in lower case with dashes, e.g. #next-steps"));
        }
    }

    /// <summary>
    /// An undefined reference prints as typed and an unused note is dropped, as in pandoc, which warns of both; in
    /// strict mode they are errors, as text lost or garbled is.
    /// </summary>
    private static void CheckFootnotes(DocumentTree tree, TypesetContext context, Severity severity)
    {
        foreach (var problem in tree.FootnoteProblems)
        {
            context.Diagnostics.Add(problem.Undefined
                ? SourcePlaces.At(context.SourcePath, problem.Span, fromData: false, severity,
                    $"footnote reference `[^{problem.Label}]` has no note; it is printed as typed", $"define it on a line of its own: `[^{problem.Label}]: text of the note`")
                : SourcePlaces.At(context.SourcePath, problem.Span, fromData: false, severity,
                    $"footnote `[^{problem.Label}]` is never cited, so it is left out", $"cite it in the text as `[^{problem.Label}]`, or remove it"));
        }
    }

    /// <summary>The typesetter holds nothing of its own; the font library is disposed by whoever created it.</summary>
    public void Dispose()
    {
    }
}
