using Briefing.FactSheets;
using Briefing.Templating;

namespace Briefing.Tests.Templating;

public class HelperTests
{
    private static string Render(string template, FactSheet? sheet = null)
    {
        using var folder = new TemplateFolder().Template("t", template);
        var result = TemplateRenderer.Render(sheet ?? SampleSheets.Full(), folder.Root, "t");
        Assert.Empty(result.Diagnostics);
        return result.Markdown!.TrimEnd('\n');
    }

    [Fact]
    public void Snake_case_names_follow_the_yaml()
    {
        Assert.Equal("No NATO membership for Ukraine|Riyadh|Сергей Лавров|J. Smith, EUR/RUS|information|2025-02-18",
            Render("{{ (b.party 'moscow').position.red_lines[0] }}|{{ brief.event.venue.city }}|{{ brief.delegations[1].members[0].native_name }}|{{ brief.memo.drafted_by[0] }}|{{ brief.memo.kind }}|{{ brief.event.date }}"));
    }

    [Fact]
    public void Absent_optional_values_are_null_not_missing()
    {
        Assert.Equal("none|none|0", Render("{{ brief.memo.to ?? 'none' }}|{{ brief.event.start ?? 'none' }}|{{ brief.risks.size }}", SampleSheets.Minimal()));
    }

    [Theory]
    [InlineData("en", "2025-02-18", "18 February 2025")]
    [InlineData("en", "2025-02", "February 2025")]
    [InlineData("en", "2025", "2025")]
    [InlineData("ru", "2025-02-18", "18 февраля 2025")]
    [InlineData("fr", "2025-02-18", "18 février 2025")]
    [InlineData("xx-unknown", "2025-02-18", "18 February 2025")]
    [InlineData("ar", "2025-02-18", "18 فبراير 2025")]
    public void Dates_are_written_in_the_document_language(string language, string iso, string expected)
    {
        Assert.Equal(expected, Render($"{{{{ b.date '{iso}' }}}}", SampleSheets.Full() with { Language = language }));
    }

    [Fact]
    public void Event_time_span_is_written_out()
    {
        var sheet = SampleSheets.Full() with
        {
            Event = SampleSheets.Full().Event with
            {
                Date = null,
                Start = new EventTime(new DateTime(2025, 2, 18, 10, 0, 0), TimeSpan.FromHours(3)),
                End = new EventTime(new DateTime(2025, 2, 18, 17, 30, 0), TimeSpan.FromHours(3)),
            },
        };
        Assert.Equal("18 February 2025, 10:00 UTC+03:00 – 17:30 UTC+03:00|2025-02-18T10:00+03:00|10:00 UTC+03:00",
            Render("{{ b.event_when }}|{{ brief.event.start }}|{{ b.time brief.event.start }}", sheet));
    }

    [Theory]
    [InlineData("[]", "")]
    [InlineData("['A']", "A")]
    [InlineData("['A', 'B']", "A and B")]
    [InlineData("['A', 'B', 'C']", "A, B and C")]
    public void Join_writes_prose(string list, string expected)
    {
        Assert.Equal(expected, Render($"{{{{ b.join {list} }}}}"));
    }

    [Fact]
    public void Join_uses_the_document_language_or_a_given_word()
    {
        Assert.Equal("A, B и C|A or B", Render("{{ b.join ['A', 'B', 'C'] }}|{{ b.join ['A', 'B'] 'or' }}", SampleSheets.Full() with { Language = "ru" }));
    }

    [Fact]
    public void Lookups_by_id()
    {
        Assert.Equal("Ukraine|TASS|2|Sergey Lavrov|Sergey Lavrov|none",
            Render("{{ (b.party 'kyiv').name }}|{{ (b.source 'tass').publisher }}|{{ b.source_number 'tass' }}|{{ (b.lead 'moscow').name }}|{{ (b.lead (b.delegation 'moscow')).name }}|{{ (b.lead 'kyiv')?.name ?? 'none' }}"));
    }

    [Fact]
    public void Attending_and_not_attending()
    {
        Assert.Equal("Washington, Moscow|Kyiv, Brussels",
            Render("{{ b.attending | array.map 'short' | array.join ', ' }}|{{ b.not_attending | array.map 'short' | array.join ', ' }}"));
    }

    [Fact]
    public void Timeline_is_sorted_by_date_and_stable()
    {
        var sheet = SampleSheets.Full() with
        {
            Timeline =
            [
                new TimelineEntry(new PartialDate(2025, 3, 1), "C", null),
                new TimelineEntry(new PartialDate(2024, null, null), "A", null),
                new TimelineEntry(new PartialDate(2025, 3, 1), "D", null),
                new TimelineEntry(new PartialDate(2025, 3, null), "B", null),
            ],
        };
        Assert.Equal("A B C D|C A D B", Render("{{ b.timeline | array.map 'event' | array.join ' ' }}|{{ brief.timeline | array.map 'event' | array.join ' ' }}", sheet));
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("The quick brown fox jumps", 16, "The quick brown…")]
    [InlineData("Supercalifragilistic", 8, "Superca…")]
    public void Shorten_cuts_at_words(string text, int max, string expected)
    {
        var result = Render($"{{{{ b.shorten '{text}' {max} }}}}");
        Assert.Equal(expected, result);
        Assert.True(result.Length <= max);
    }

    [Fact]
    public void Extra_data_reaches_the_template_as_plain_values()
    {
        var extra = new Dictionary<object, object?> { ["mood"] = "tense", ["rooms"] = new List<object?> { 1, "b" } };
        Assert.Equal("tense|2|b", Render("{{ brief.extra.mood }}|{{ brief.extra.rooms.size }}|{{ brief.extra.rooms[1] }}", SampleSheets.Full() with { Extra = extra }));
    }

    [Fact]
    public void Output_is_deterministic()
    {
        // Both renders are compared with the reviewed snapshot, so two equal failures (two nulls) cannot pass.
        var stored = File.ReadAllText(Path.Combine(Path.GetDirectoryName(HereFile())!, "Expected", "book.large.verified.md"));
        for (var run = 0; run < 2; run++)
        {
            var result = TemplateRenderer.Render(SampleSheets.Large(8, 40), RepositoryTemplates.Folder, "book");
            Assert.Empty(result.Diagnostics);
            Assert.Null(Briefing.Snapshots.TextComparison.FirstDifference(stored, result.Markdown!));
        }
    }

    private static string HereFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
