using System.Text;
using Briefing.FactSheets;

namespace Briefing.Tests.FactSheets;

public class FactSheetLoaderTests
{
    private static FactSheet LoadValid(string yaml)
    {
        var result = FactSheetLoader.Load(DiagnosticAssert.File, yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return result.FactSheet!;
    }

    [Fact]
    public void Full_sheet_loads_into_the_records()
    {
        var sheet = LoadValid(SampleSheets.Full);

        Assert.Equal("briefing/v1", sheet.Schema);
        Assert.Equal("riyadh-talks", sheet.Id);
        Assert.Equal("US-Russia talks in Riyadh", sheet.Title);
        Assert.Equal(new DateOnly(2025, 2, 17), sheet.Date);
        Assert.Equal("SECRET//NOFORN", sheet.Classification);
        Assert.Equal("en-GB", sheet.Language);

        Assert.Equal(new Memo("The Secretary", "Office of Eastern European Affairs", "Talks with Russia in Riyadh",
            MemoKind.Action, sheet.Memo.DraftedBy, sheet.Memo.ClearedBy), sheet.Memo);
        Assert.Equal(["J. Smith"], sheet.Memo.DraftedBy);
        Assert.Equal(["A. Jones", "B. Brown"], sheet.Memo.ClearedBy);

        var e = sheet.Event;
        Assert.Equal("US-Russia senior officials' meeting", e.Name);
        Assert.Null(e.Date);
        Assert.Equal(new EventTime(new DateTime(2025, 2, 18, 10, 0, 0), TimeSpan.FromHours(3)), e.Start);
        Assert.Equal("2025-02-18T14:30+03:00", e.End!.ToString());
        Assert.Equal("Foreign ministers with national security advisers", e.Format);
        Assert.Equal("Riyadh", e.Venue.City);
        Assert.Equal("Saudi Arabia", e.Venue.Country);
        Assert.Equal("Diriyah Palace", e.Venue.Name);
        Assert.Equal("Crown Prince Mohammed bin Salman", e.Venue.Host);
        Assert.Equal(["Ukraine and Europe are not at the table."], e.Venue.Notes);

        Assert.Equal(["First senior US-Russia meeting in three years.", "Agenda: embassies, *a path* to talks on Ukraine | economics."], sheet.Summary);
        Assert.Equal(["Contacts were frozen in 2022."], sheet.Background);

        Assert.Equal(["washington", "moscow", "kyiv"], sheet.Parties.Select(p => p.Id));
        var washington = sheet.Parties[0];
        Assert.Equal("Washington", washington.Short);
        Assert.True(washington.Attending);
        Assert.Equal("Wants to test whether Moscow is serious about peace.", washington.Position.Summary);
        Assert.Equal(["Restore embassies", "Start a peace track"], washington.Position.Points);
        Assert.Empty(washington.Position.RedLines);
        Assert.Equal(new Quote("We want to end this conflict.", "Marco Rubio", new DateOnly(2025, 2, 18), "state-readout"), Assert.Single(washington.Quotes));
        Assert.Equal("Russian Federation", sheet.Parties[1].Short);
        Assert.False(sheet.Parties[2].Attending);

        Assert.Equal(2, sheet.Delegations.Count);
        Assert.Equal("washington", sheet.Delegations[0].Party);
        Assert.Equal(new Member("Marco Rubio", null, "Secretary of State", true), sheet.Delegations[0].Members[0]);
        Assert.Equal(new Member("Mike Waltz", null, "National Security Advisor", false), sheet.Delegations[0].Members[1]);
        Assert.Equal(new Member("Sergey Lavrov", "Сергей Лавров", "Foreign Minister", true), sheet.Delegations[1].Members[0]);

        Assert.Equal(["Embassies", "Ukraine"], sheet.Agenda);
        Assert.Equal(["A working channel"], sheet.Objectives);
        Assert.Equal(["That you approve the talking points."], sheet.Recommendations);
        Assert.Equal(["We seek a durable peace."], sheet.TalkingPoints);
        Assert.Equal(["Europe feels sidelined."], sheet.Risks);
        Assert.Equal(new Source("state-readout", "Readout of the Secretary's meeting", "U.S. Department of State",
            new DateOnly(2025, 2, 18), "https://www.state.gov/"), Assert.Single(sheet.Sources));
    }

    [Fact]
    public void Timeline_is_in_date_order_with_partial_dates_first_within_their_span()
    {
        var sheet = LoadValid(SampleSheets.Full);
        Assert.Equal(["2022", "2025-02", "2025-02-12"], sheet.Timeline.Select(t => t.Date.ToString()));
        Assert.Equal("state-readout", sheet.Timeline[2].Source);
        Assert.Equal(new PartialDate(2022, null, null), sheet.Timeline[0].Date);
    }

    [Fact]
    public void Extra_becomes_plain_objects_in_file_order()
    {
        var sheet = LoadValid(SampleSheets.Full);
        var top = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(sheet.Extra);
        Assert.Equal(["revision", "reviewers"], top.Keys);
        Assert.Equal("3", top["revision"]);
        Assert.Equal(["x", "y"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(top["reviewers"]));

        var party = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(sheet.Parties[0].Extra);
        Assert.Equal(["color", "seats", "tags", "nested"], party.Keys);
        Assert.Equal("#1f4e79", party["color"]);
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(party["nested"]);
        Assert.Null(nested["a"]);
        Assert.Equal(["1", "two"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(nested["b"]));
        Assert.Null(sheet.Parties[1].Extra);
    }

    [Fact]
    public void Defaults_fill_what_the_minimal_sheet_leaves_out()
    {
        var sheet = LoadValid(SampleSheets.Minimal);
        Assert.Equal("UNCLASSIFIED", sheet.Classification);
        Assert.Equal("en", sheet.Language);
        Assert.Equal(new Memo(null, null, "Example talks", MemoKind.Information, sheet.Memo.DraftedBy, sheet.Memo.ClearedBy), sheet.Memo);
        Assert.Empty(sheet.Memo.DraftedBy);
        Assert.Empty(sheet.Memo.ClearedBy);
        Assert.Equal(new DateOnly(2025, 2, 18), sheet.Event.Date);
        Assert.Null(sheet.Event.Start);
        Assert.Null(sheet.Event.End);
        Assert.Empty(sheet.Event.Venue.Notes);
        var party = Assert.Single(sheet.Parties);
        Assert.Equal("United States", party.Short);
        Assert.True(party.Attending);
        Assert.Empty(party.Quotes);
        Assert.Empty(party.Position.Points);
        Assert.Empty(sheet.Delegations);
        Assert.Empty(sheet.Timeline);
        Assert.Empty(sheet.Sources);
        Assert.Empty(sheet.Background);
        Assert.Null(sheet.Extra);
    }

    [Fact]
    public void Memo_subject_defaults_to_the_title_and_kind_to_information()
    {
        var sheet = LoadValid(SampleSheets.Minimal + "memo:\n  to: The Secretary\n");
        Assert.Equal("Example talks", sheet.Memo.Subject);
        Assert.Equal(MemoKind.Information, sheet.Memo.Kind);
        Assert.Equal("The Secretary", sheet.Memo.To);
    }

    [Theory]
    [InlineData("title: 2025", "2025")]
    [InlineData("title: 1.50", "1.50")]
    [InlineData("title: true", "true")]
    [InlineData("title: '<b>{{ x }}</b> | # *'", "<b>{{ x }}</b> | # *")]
    [InlineData("title: |\n  Two lines\n  of text\n", "Two lines\nof text")]
    public void Any_scalar_is_text_as_written(string line, string expected)
    {
        var sheet = LoadValid(SampleSheets.Minimal.Replace("title: Example talks", line));
        Assert.Equal(expected, sheet.Title);
    }

    [Fact]
    public void Event_with_start_and_no_offset_keeps_the_offset_absent()
    {
        var sheet = LoadValid(SampleSheets.Minimal.Replace("  date: 2025-02-18", "  start: 2025-02-18T09:30"));
        Assert.Equal(new EventTime(new DateTime(2025, 2, 18, 9, 30, 0), null), sheet.Event.Start);
        Assert.Null(sheet.Event.Date);
    }

    [Fact]
    public void End_after_start_in_another_offset_is_in_order()
    {
        // 10:00+03:00 is 07:00 UTC; 08:30+01:00 is 07:30 UTC.
        var sheet = LoadValid(SampleSheets.Minimal.Replace("  date: 2025-02-18", "  start: 2025-02-18T10:00+03:00\n  end: 2025-02-18T08:30+01:00"));
        Assert.Equal("2025-02-18T08:30+01:00", sheet.Event.End!.ToString());
    }

    [Fact]
    public void Crlf_line_ends_do_not_shift_positions()
    {
        var text = SampleSheets.Minimal.Replace("id: example-talks", "id: Bad").Replace("\n", "\r\n");
        DiagnosticAssert.Matches(FactSheetLoader.Load(DiagnosticAssert.File, text), "2:5: error: `id` must be a slug");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("ar-SA")]
    [InlineData("zh-Hant-TW")]
    [InlineData("es-419")]
    public void Language_tags_are_accepted(string tag)
    {
        Assert.Equal(tag, LoadValid(SampleSheets.Minimal + $"language: {tag}\n").Language);
    }

    [Fact]
    public void Stream_with_bom_and_crlf_loads_like_the_text()
    {
        var crlf = SampleSheets.Full.Replace("\n", "\r\n");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(crlf)).ToArray();
        var result = FactSheetLoader.Load(DiagnosticAssert.File, new MemoryStream(bytes));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var expected = LoadValid(SampleSheets.Full);
        Assert.Equal(expected.Title, result.FactSheet!.Title);
        Assert.Equal(expected.Parties.Select(p => p.Position.Summary), result.FactSheet.Parties.Select(p => p.Position.Summary));
        Assert.Equal(expected.Delegations[1].Members[0], result.FactSheet.Delegations[1].Members[0]);
    }

    [Fact]
    public void String_with_bom_loads_and_positions_do_not_count_the_bom()
    {
        Assert.True(FactSheetLoader.Load(DiagnosticAssert.File, "\uFEFF" + SampleSheets.Minimal).Succeeded);
        var broken = "\uFEFF" + SampleSheets.Minimal.Replace("id: example-talks", "id: Bad");
        DiagnosticAssert.Matches(FactSheetLoader.Load(DiagnosticAssert.File, broken), "2:5: error: `id` must be a slug");
    }

    [Fact]
    public void Diagnostics_name_the_display_path()
    {
        var result = FactSheetLoader.Load("briefs/x.yaml", "schema: briefing/v1\n");
        Assert.All(result.Diagnostics, d => Assert.Equal("briefs/x.yaml", d.File));
        Assert.StartsWith("briefs/x.yaml:1:1: error: ", result.Diagnostics[0].ToString());
    }

    [Fact]
    public void Loading_twice_gives_equal_results()
    {
        var a = FactSheetLoader.Load(DiagnosticAssert.File, SampleSheets.Full.Replace("kind: action", "kind: nope"));
        var b = FactSheetLoader.Load(DiagnosticAssert.File, SampleSheets.Full.Replace("kind: action", "kind: nope"));
        Assert.Equal(a.Diagnostics, b.Diagnostics);
    }
}
