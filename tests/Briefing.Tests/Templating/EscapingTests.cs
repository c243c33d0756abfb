using Briefing.Templating;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Tests.Templating;

public class EscapingTests
{
    public static TheoryData<string> HostileTexts => new()
    {
        "* # | < _ [x](y) {{ 1+1 }}",
        "<b>bold</b> &amp; &#x41; `code` \\ ~~s~~ ~sub~ ^sup^ ==mark== ++ins++ $x$",
        "1. one",
        "2025) year",
        "- dash",
        "+ plus",
        "+---+---+",
        "# hash",
        "> quote",
        "::: note",
        "---",
        "===",
        "https://example.com and www.example.com",
        "write to mailto:desk@example.org or call tel:+41223334455",
        "MAILTO:desk@example.org (Tel:+1)",
        "line one\nline two\r\n\r\n# heading\n- item",
        "text {#id .cls}",
        "note [^1]",
        "    indented code",
        "\tTabbed",
        "| x | y |",
        "*[HTML]: abbreviation",
        "trailing backslash \\",
        "trailing spaces   ",
        "![img](x.png)",
        "<https://example.com>",
        "{{ brief.title }}",
        "{% raw %}",
    };

    private static string Render(string template, string value)
    {
        using var folder = new TemplateFolder().Template("t", template);
        var sheet = SampleSheets.Full() with { Title = value, Summary = [value] };
        var result = TemplateRenderer.Render(sheet, folder.Root, "t");
        Assert.Empty(result.Diagnostics);
        return result.Markdown!.TrimEnd('\n');
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Value_in_a_paragraph_is_literal_text(string value)
    {
        var doc = MarkdownInspection.Parse(Render("Before\n\n{{ brief.title }}\n\nAfter\n", value));
        Assert.Equal(3, doc.Count);
        var paragraph = Assert.IsType<ParagraphBlock>(doc[1]);
        Assert.Equal(MarkdownInspection.Collapse(value), MarkdownInspection.Text(paragraph));
        Assert.All(paragraph.Inline!, i => Assert.True(i is LiteralInline, $"{i.GetType().Name} in `{value}`"));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Value_in_markup_contexts_leaves_the_structure_alone(string value)
    {
        const string template = """
            # {{ brief.title }}

            - {{ brief.title }}
            - {{ brief.summary[0] }} and **{{ brief.title }}**

            1. {{ brief.title }}

            | A | B |
            |---|---|
            | {{ brief.title }} | x {{ brief.title }} |
            | y | {{ brief.title }} |

            > {{ brief.title }}

            ::: note
            {{ brief.title }}
            :::

            Text _{{ brief.title }}_ [link]({{ 'https://example.org' }}) end.

            """;
        var doc = MarkdownInspection.Parse(Render(template, value));
        var expected = MarkdownInspection.Shape(MarkdownInspection.Parse(Render(template, "plain")));
        Assert.Equal(expected, MarkdownInspection.Shape(doc));
        var table = doc.Descendants<Table>().Single();
        Assert.All(table.Cast<TableRow>(), row => Assert.Equal(2, row.Count));
        Assert.Equal(MarkdownInspection.Collapse(value), MarkdownInspection.Text(doc.Descendants<HeadingBlock>().Single()));
    }

    [Fact]
    public void Template_expressions_inside_values_are_printed_literally()
    {
        var markdown = Render("{{ brief.title }}", "{{ 1 + 1 }} {{ brief.id }}");
        Assert.Equal(@"\{\{ 1 + 1 \}\} \{\{ brief.id \}\}", markdown);
    }

    [Fact]
    public void A_capture_block_prints_its_markup_once_and_its_values_escaped_once()
    {
        var markdown = Render("{{ capture line }}**Title:** {{ brief.title }}{{ end }}{{ line }}\n\n{{ line | string.upcase }}\n", "a*b_c");
        var lines = markdown.Split('\n');
        // The captured text is printed as it was written: the bold stays bold, the value is escaped once.
        Assert.Equal(@"**Title:** a\*b\_c", lines[0]);
        // Text made from it is new text and is escaped like any value.
        Assert.Equal(@"\*\*TITLE:\*\* A\\\*B\\\_C", lines[2]);
    }

    [Fact]
    public void The_same_text_as_a_capture_from_the_fact_sheet_is_still_escaped()
    {
        var markdown = Render("{{ capture copy }}{{ end }}{{ capture same }}**x**{{ end }}{{ same }} {{ brief.title }}\n", "**x**");
        Assert.Equal(@"**x** \*\*x\*\*", markdown);
    }

    [Fact]
    public void Template_text_outside_expressions_stays_markup()
    {
        Assert.Equal("**bold** \\*x\\*", Render("**bold** {{ brief.title }}", "*x*"));
    }

    [Theory]
    [InlineData("A & B", "\"A & B\"")]
    [InlineData("Quote \" and \\ slash", "\"Quote \\\" and \\\\ slash\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    public void Yaml_helper_quotes_for_front_matter(string value, string expected)
    {
        Assert.Equal($"title: {expected}", Render("title: {{ b.yaml brief.title }}", value));
    }

    [Fact]
    public void Link_helper_escapes_text_and_refuses_other_schemes()
    {
        Assert.Equal("[a\\*b](<https://x.org/a%20b>)", Render("{{ b.link brief.title 'https://x.org/a b' }}", "a*b"));
        using var folder = new TemplateFolder().Template("t", "{{ b.link 'x' 'javascript:alert(1)' }}");
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");
        Assert.Contains("javascript", Assert.Single(result.Diagnostics).Message);
    }
}
