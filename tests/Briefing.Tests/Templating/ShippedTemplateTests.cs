using Briefing.FactSheets;
using Briefing.Templating;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace Briefing.Tests.Templating;

public class ShippedTemplateTests
{
    private const string Hostile = "* # | < _ [x](y) {{ 1+1 }}";

    public static TheoryData<string> Templates => new() { "memo", "one-pager", "book" };

    private static string Render(string template, FactSheet sheet, int fit = 0)
    {
        var result = TemplateRenderer.Render(sheet, RepositoryTemplates.Folder, template, fit: fit);
        Assert.Empty(result.Diagnostics);
        return result.Markdown!;
    }

    [Fact]
    public void Catalog_lists_the_four_templates_with_descriptions()
    {
        var list = TemplateCatalog.List(RepositoryTemplates.Folder);
        Assert.Equal(["book", "cable", "memo", "one-pager"], list.Select(t => t.Name));
        Assert.All(list, t => Assert.True(t.Description.Length > 20, t.Name));
        Assert.All(list, t => Assert.False(t.Description.StartsWith('#'), t.Name));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Hostile_text_in_every_field_changes_no_structure(string template)
    {
        var plain = SampleSheets.Hostile("plain words here");
        var hostile = SampleSheets.Hostile(Hostile);
        var expected = MarkdownInspection.Shape(MarkdownInspection.Parse(Render(template, plain)));
        var doc = MarkdownInspection.Parse(Render(template, hostile));
        Assert.Equal(expected, MarkdownInspection.Shape(doc));
        Assert.Contains(Hostile, MarkdownInspection.Text(doc));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Front_matter_is_yaml_carrying_the_values_verbatim(string template)
    {
        var sheet = SampleSheets.Hostile("\"quoted\" and: colon # hash");
        var doc = MarkdownInspection.Parse(Render(template, sheet));
        var block = doc.Descendants<YamlFrontMatterBlock>().Single();
        var yaml = new YamlStream();
        yaml.Load(new StringReader(string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()))));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        string Value(string key) => ((YamlScalarNode)map[key]).Value!;
        Assert.Equal(sheet.Title, Value("title"));
        Assert.Equal(sheet.Memo.Subject, Value("subject"));
        Assert.Equal(sheet.Memo.From, Value("author"));
        Assert.Equal(sheet.Classification, Value("classification"));
        Assert.Equal("en", Value("language"));
        Assert.Equal("2025-02-17", Value("date"));
        Assert.Contains(sheet.Parties[0].Short, ((YamlSequenceNode)map["keywords"]).Children.Select(c => ((YamlScalarNode)c).Value));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Sections_without_data_are_left_out(string template)
    {
        var doc = MarkdownInspection.Parse(Render(template, SampleSheets.Minimal()));
        var headings = doc.Descendants<HeadingBlock>().Select(h => MarkdownInspection.Text(h)).ToList();
        foreach (var absent in new[] { "Delegation", "Timeline", "Sources", "Agenda", "Risks", "Talking points", "Objectives", "Background", "Recommendations", "Red lines", "Points", "In their words", "Leading" })
            Assert.DoesNotContain(headings, h => h.Contains(absent, StringComparison.OrdinalIgnoreCase));
        AssertNoEmptyHeading(doc);
        Assert.DoesNotContain("Drafted by", MarkdownInspection.Text(doc));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void No_heading_is_left_empty_in_the_full_sheet(string template)
    {
        AssertNoEmptyHeading(MarkdownInspection.Parse(Render(template, SampleSheets.Full())));
    }

    private static void AssertNoEmptyHeading(MarkdownDocument doc)
    {
        var blocks = doc.Descendants<Block>().Where(b => b.Parent == doc).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock heading) continue;
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            var empty = next is null || (next is HeadingBlock h && h.Level <= heading.Level);
            Assert.False(empty, $"empty section `{MarkdownInspection.Text(heading)}`");
        }
    }

    [Theory]
    [InlineData("memo")]
    [InlineData("book")]
    public void Eight_parties_with_forty_members_are_all_listed(string template)
    {
        var doc = MarkdownInspection.Parse(Render(template, SampleSheets.Large(8, 40)));
        var tables = doc.Descendants<Table>().Where(t => MarkdownInspection.Text((TableRow)t[0]).StartsWith("Name", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, tables.Count);
        Assert.All(tables, t => Assert.Equal(41, t.Count));
        Assert.All(tables, t => Assert.Equal(1, t.Cast<TableRow>().Count(r => MarkdownInspection.Text(r).Contains("(lead)"))));
        Assert.Contains("عبد الله بن 1", MarkdownInspection.Text(doc));
        Assert.Contains("Член 2", MarkdownInspection.Text(doc));
    }

    [Fact]
    public void One_pager_shortens_at_its_tightest_fit_and_says_so()
    {
        var longName = string.Concat(Enumerable.Repeat("Very long name ", 40));
        var sheet = SampleSheets.Large(8, 40) with { Title = longName, Summary = [longName, "b", "c"] };
        var markdown = Render("one-pager", sheet, fit: 6);
        var doc = MarkdownInspection.Parse(markdown);
        Assert.Equal(6, doc.Descendants<Table>().Single().Count);
        Assert.True(doc.Descendants<HeadingBlock>().First().Inline!.Span.Length < 100);
        Assert.Contains("…", markdown);
        Assert.Contains("Continued in the full memo.", markdown);
        Assert.True(markdown.Length < 4000, $"{markdown.Length} characters");
    }

    [Fact]
    public void One_pager_says_nothing_when_everything_fits()
    {
        Assert.DoesNotContain("Continued", Render("one-pager", SampleSheets.Full()));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Long_names_and_other_scripts_render(string template)
    {
        var arabic = "وزير الخارجية فيصل بن فرحان آل سعود";
        var longName = string.Concat(Enumerable.Repeat("Extraordinarily-long-compound-name ", 20));
        var full = SampleSheets.Full();
        var sheet = full with
        {
            Language = "ar",
            Parties = [full.Parties[0] with { Name = longName, Short = arabic }, .. full.Parties.Skip(1)],
            Delegations = [new Delegation("washington", [SampleSheets.Member(longName, arabic, longName, lead: true)]), .. full.Delegations.Skip(1)],
        };
        var markdown = Render(template, sheet);
        Assert.Contains(arabic, markdown);
    }

    [Fact]
    public void Action_memo_has_recommendations_with_approval_lines()
    {
        var information = Render("memo", SampleSheets.Full());
        var action = Render("memo", SampleSheets.Full() with { Memo = SampleSheets.Full().Memo with { Kind = MemoKind.Action } });
        Assert.StartsWith("# INFORMATION MEMO FOR THE SECRETARY", information.Split("---\n")[2].TrimStart());
        Assert.DoesNotContain("Approve", information);
        Assert.Contains("That you approve the talking points.", information);
        Assert.Contains("# ACTION MEMO FOR THE SECRETARY", action);
        Assert.Contains("That you approve the talking points.", action);
        Assert.Contains(@"Approve \_\_\_\_\_\_\_\_  Disapprove \_\_\_\_\_\_\_\_", action);
        // The decision comes first in an action memo, right after the bottom line; last in the others.
        Assert.True(action.IndexOf("## Recommendations", StringComparison.Ordinal) < action.IndexOf("## The event", StringComparison.Ordinal));
        Assert.True(action.IndexOf("::: blufbox", StringComparison.Ordinal) < action.IndexOf("## Recommendations", StringComparison.Ordinal));
        Assert.True(information.IndexOf("## Recommendations", StringComparison.Ordinal) > information.IndexOf("## Risks", StringComparison.Ordinal));
        Assert.Single(action.Split("## Recommendations")[1..]);
    }
}
