using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace Briefing.Markup;

/// <summary>The Markdown dialect documents are written in (docs/theme-format.md, "Markdown supported").</summary>
internal static class MarkdownSyntax
{
    // A built pipeline is immutable and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseCustomContainers()
        .Use<FencedDivs>()
        .UseFootnotes()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Use<AttributeListExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown) =>
        TrailingTableAttributes.Parse(markdown, text => Markdown.Parse(text, Pipeline));
}
