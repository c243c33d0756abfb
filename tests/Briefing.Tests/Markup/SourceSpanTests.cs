using Briefing.Diagnostics;
using Briefing.Document;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Markup;

/// <summary>
/// Spans lead from a node to the template line that wrote it and to the fact-sheet value its text shows, and
/// layout's warnings name those places, never the generated Markdown.
/// </summary>
public sealed class SourceSpanTests : IDisposable
{
    private const string Sheet = """
        schema: briefing/v1
        id: spans
        title: Span test title
        date: 2025-03-01
        event:
          name: Working-level consultations
          date: 2025-03-03
          venue: { city: Lausanne, country: Switzerland }
        summary:
          - Consultations at working level.
          - "A sign no font has: \U0010FFFD."
        parties:
          - id: host
            name: Switzerland
            position:
              summary: Offers its good offices.
        extra:
          logo: missing-logo.png

        """;

    private const string Template = """
        # {{ brief.title }}

        Lausanne is written by the template.

        {{ for s in brief.summary }}
        - {{ s }}
        {{ end }}

        Held on {{ b.date brief.event.date }} in {{ brief.event.venue.city }}.

        ![Logo]({{ brief.extra.logo }})

        ![Seal](seal-missing.png)

        ![Seal](seal.svg){width=40pz}

        Template text with a sign of its own: SIGN. {.nosuchstyle}

        """;

    private readonly TemporaryFolder folder = new();
    private readonly RenderResult result;
    private readonly string sheetPath;
    private readonly string templatePath;

    public SourceSpanTests()
    {
        sheetPath = folder.Write("sheet.yaml", Sheet);
        templatePath = folder.Write("templates/spans/template.sbn", Template.Replace("SIGN", char.ConvertFromUtf32(0x10FFFC), StringComparison.Ordinal));
        folder.Write("templates/spans/seal.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(sheetPath);
        result = renderer.Render(sheetPath, stream, new RenderOptions(folder.Combine("templates"), "spans"));
        Assert.True(result.Tree is not null, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Text_from_data_leads_to_the_value_in_the_fact_sheet()
    {
        AssertData(Text("Span test title"), "title", "Span test title");
        AssertData(Text("Consultations at working level."), "summary[0]", "Consultations at working level.");
        // Through a helper: the formatted date still shows the sheet's date.
        AssertData(Text("3 March 2025"), "event.date", "2025-03-03");
        AssertData(Text("Lausanne", data: true), "event.venue.city", "Lausanne, country");
    }

    [Fact]
    public void Text_the_template_wrote_leads_to_its_template_line_and_to_no_data()
    {
        var text = Text("Lausanne is written by the template.");
        Assert.Null(text.Span.Data);
        Assert.Equal(new SourcePlace(templatePath, LineOf(Template, "Lausanne is written"), 0), text.Span.Template);
        Assert.Equal(LineOf(Template, "- {{ s }}"), Text("Consultations at working level.").Span.Template!.Line);
    }

    [Fact]
    public void Warnings_name_the_fact_sheet_value_or_the_template_line_never_the_markdown()
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.File.EndsWith(".md", StringComparison.Ordinal));
        AssertAt(Warning("missing-logo.png"), sheetPath, Place(Sheet, "missing-logo.png"));
        AssertAt(Warning("seal-missing.png"), templatePath, LineOf(Template, "seal-missing.png"));
        AssertAt(Warning("`40pz`"), templatePath, LineOf(Template, "seal.svg"));
        AssertAt(Warning("nosuchstyle"), templatePath, LineOf(Template, "nosuchstyle"));
        AssertAt(Warning("U+10FFFD"), sheetPath, Place(Sheet, "\"A sign no font has"));
        AssertAt(Warning("U+10FFFC"), templatePath, LineOf(Template, "sign of its own"));
    }

    [Fact]
    public void Page_items_keep_the_id_of_the_node_they_were_drawn_for()
    {
        var heading = result.Tree!.Descendants().OfType<HeadingNode>().Single();
        var tags = result.Document!.Pages.SelectMany(p => p.Items).Select(i => i.Tag);
        Assert.Contains(tags, t => t.NodeId == heading.Id);
    }

    private TextNode Text(string text, bool data = false) =>
        result.Tree!.Descendants().OfType<TextNode>().First(t => t.Text.Trim() == text || (data && t.Span.Data is not null && t.Text.Contains(text, StringComparison.Ordinal)));

    private Diagnostic Warning(string part)
    {
        var found = result.Diagnostics.Where(d => d.Message.Contains(part, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"{part} in:\n{string.Join("\n", result.Diagnostics)}");
        return found[0];
    }

    private void AssertData(TextNode text, string key, string valueStart)
    {
        var data = text.Span.Data;
        Assert.NotNull(data);
        var (line, column) = Place(Sheet, valueStart);
        Assert.Equal(new SourcePlace(sheetPath, line, column, key), data);
    }

    private static void AssertAt(Diagnostic diagnostic, string file, (int Line, int Column) at) =>
        Assert.Equal((file, at.Line, at.Column), (diagnostic.File, diagnostic.Line, diagnostic.Column));

    private static void AssertAt(Diagnostic diagnostic, string file, int line) =>
        Assert.Equal((file, line), (diagnostic.File, diagnostic.Line));

    private static int LineOf(string text, string part) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(part, StringComparison.Ordinal)).i + 1;

    private static (int Line, int Column) Place(string text, string part)
    {
        var index = text.IndexOf(part, StringComparison.Ordinal);
        var before = text[..index];
        return (before.Count(c => c == '\n') + 1, index - before.LastIndexOf('\n'));
    }
}
