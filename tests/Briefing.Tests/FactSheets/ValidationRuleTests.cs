using Briefing.FactSheets;

namespace Briefing.Tests.FactSheets;

/// <summary>One case per rule of the format: the input and the exact place and message of each error.</summary>
/// <remarks>Cases edit <see cref="SampleSheets.Minimal"/>, whose 15 lines are listed there; appended lines start at 16.</remarks>
public class ValidationRuleTests
{
    private static string Edit(string find, string replace)
    {
        Assert.Contains(find, SampleSheets.Minimal);
        return SampleSheets.Minimal.Replace(find, replace);
    }

    private static string Append(string lines) => SampleSheets.Minimal + lines + "\n";

    private const string Party = "  - id: washington\n    name: United States\n";

    public static TheoryData<string, string, string[]> Cases => new()
    {
        // Top level
        { "schema missing", Edit("schema: briefing/v1\n", ""), ["1:1: error: the fact sheet is missing the required key `schema`"] },
        { "schema wrong", Edit("briefing/v1", "briefing/v2"), ["1:9: error: `schema` must be one of `briefing/v1`, `briefing/v1.1`, found `briefing/v2`"] },
        { "id not a slug", Edit("id: example-talks", "id: Example_Talks"), ["2:5: error: `id` must be a slug (lower-case letters, digits and `-`, starting with a letter, at most 100 characters), found `Example_Talks`"] },
        { "id starts with a digit", Edit("id: example-talks", "id: 2025-talks"), ["2:5: error: `id` must be a slug"] },
        { "id upper case", Edit("id: example-talks", "id: Example-Talks"), ["2:5: error: `id` must be a slug (lower-case letters, digits and `-`, starting with a letter, at most 100 characters), found `Example-Talks` (write `example-talks`)"] },
        { "title empty", Edit("title: Example talks", "title: \"\""), ["3:8: error: `title` must be text, found an empty value"] },
        { "title null", Edit("title: Example talks", "title:"), ["3:7: error: `title` must be text, found an empty value"] },
        { "title map", Edit("title: Example talks", "title: { a: b }"), ["3:8: error: `title` must be text, found a map"] },
        { "title list", Edit("title: Example talks", "title: [a]"), ["3:8: error: `title` must be text, found a list"] },
        { "date format", Edit("date: 2025-02-17", "date: 17.02.2025"), ["4:7: error: `date` must be a date (YYYY-MM-DD), found `17.02.2025`"] },
        { "date not in calendar", Edit("date: 2025-02-17", "date: 2025-02-29"), ["4:7: error: `date` must be a date (YYYY-MM-DD), found `2025-02-29` (no such date in the calendar)"] },
        { "partial date outside timeline", Edit("date: 2025-02-17", "date: 2025-02"), ["4:7: error: `date` must be a date (YYYY-MM-DD), found `2025-02` (a month or a year alone is allowed only in `timeline`)"] },
        { "classification list", Append("classification: [SECRET]"), ["16:17: error: `classification` must be text, found a list"] },
        { "language not a tag", Append("language: english_uk"), ["16:11: error: `language` must be a BCP 47 language tag such as `en`, `ru` or `ar-SA`, found `english_uk`"] },
        { "unknown key, close", Append("sumary: [x]"), ["16:1: error: unknown key `sumary` (did you mean `summary`?)"] },
        { "unknown key, other spelling", Append("Talking-Points: [x]"), ["16:1: error: unknown key `Talking-Points` (did you mean `talking_points`?)"] },
        { "unknown key, far", Append("colour: red"), ["16:1: error: unknown key `colour` (known keys: `schema`, `id`"] },
        { "key one level off", Append("venue: { city: Riyadh, country: Saudi Arabia }"), ["16:1: error: unknown key `venue` (`venue` belongs in `event`)"] },
        { "key known in several places", Append("red_lines: [x]\nnative_name: y"), ["16:1: error: unknown key `red_lines` (`red_lines` belongs in `parties[].position`)", "17:1: error: unknown key `native_name` (`native_name` belongs in `delegations[].members[]`)"] },
        { "top-level key inside a party", Append("    risks: [x]"), ["16:5: error: unknown key `risks` in `parties[0]` (`risks` belongs in the top level)"] },
        { "source url a local path", Append("sources:\n  - { id: reuters, title: R, url: /home/x }"), ["17:35: error: `sources[0].url` must be an absolute URL"] },
        { "duplicate key", Append("title: Again"), ["16:1: error: duplicate key `title` (first given at line 3)"] },
        { "optional list null", Append("background:"), ["16:12: error: `background` must be a list of text, found an empty value"] },

        // Memo
        { "memo kind", Append("memo:\n  kind: decision"), ["17:9: error: `memo.kind` must be one of `information`, `action`, `background`, found `decision`"] },
        { "memo kind case", Append("memo:\n  kind: Action"), ["17:9: error: `memo.kind` must be one of `information`, `action`, `background`, found `Action` (write `action`)"] },
        { "memo drafted_by map", Append("memo:\n  drafted_by: { a: b }"), ["17:15: error: `memo.drafted_by` must be text or a list of text, found a map"] },
        { "memo cleared_by item", Append("memo:\n  cleared_by: [ok, { a: b }]"), ["17:20: error: `memo.cleared_by[1]` must be text, found a map"] },
        { "memo unknown key", Append("memo:\n  subjet: x"), ["17:3: error: unknown key `subjet` in `memo` (did you mean `subject`?)"] },
        { "memo not a map", Append("memo: To the Secretary"), ["16:7: error: `memo` must be a map, found `To the Secretary`"] },

        // Event
        { "event without date or start", Edit("  date: 2025-02-18\n", ""), ["6:3: error: `event` needs `date` or `start`"] },
        { "event with date and start", Edit("  date: 2025-02-18\n", "  date: 2025-02-18\n  start: 2025-02-18T10:00\n"), ["8:3: error: `event` has both `date` and `start`; give only one of `date` or `start`"] },
        { "event end without start", Edit("  date: 2025-02-18\n", "  date: 2025-02-18\n  end: 2025-02-18T10:00\n"), ["8:3: error: `event.end` is given without `start`"] },
        { "event end before start", Edit("  date: 2025-02-18\n", "  start: 2025-02-18T10:00\n  end: 2025-02-18T09:00\n"), ["8:8: error: `event.end` is before `start` (`start` is 2025-02-18T10:00)"] },
        { "event end before start across offsets", Edit("  date: 2025-02-18\n", "  start: 2025-02-18T10:00+03:00\n  end: 2025-02-18T07:30+01:00\n"), ["8:8: error: `event.end` is before `start`"] },
        { "event start with a space", Edit("  date: 2025-02-18", "  start: 2025-02-18 10:00"), ["7:10: error: `event.start` must be a date-time (YYYY-MM-DDTHH:MM, optionally with an offset such as `+03:00`), found `2025-02-18 10:00`"] },
        { "event start bad offset", Edit("  date: 2025-02-18", "  start: 2025-02-18T10:00+3"), ["7:10: error: `event.start` must be a date-time"] },
        { "event start bad hour", Edit("  date: 2025-02-18", "  start: 2025-02-18T25:00"), ["7:10: error: `event.start` must be a date-time (YYYY-MM-DDTHH:MM, optionally with an offset such as `+03:00`), found `2025-02-18T25:00` (no such date or time)"] },
        { "event start with seconds", Edit("  date: 2025-02-18", "  start: 2025-02-18T10:00:00"), ["7:10: error: `event.start` must be a date-time"] },
        { "event missing name", Edit("  name: Senior officials' meeting\n", ""), ["6:3: error: `event` is missing the required key `name`"] },
        { "event missing venue", Edit("  venue: { city: Riyadh, country: Saudi Arabia }\n", ""), ["6:3: error: `event` is missing the required key `venue`"] },
        { "venue missing country", Edit("{ city: Riyadh, country: Saudi Arabia }", "{ city: Riyadh }"), ["8:10: error: `event.venue` is missing the required key `country`"] },
        { "venue notes not a list", Edit("country: Saudi Arabia }", "country: Saudi Arabia, notes: hi }"), ["8:56: error: `event.venue.notes` must be a list of text, found `hi`"] },
        { "event not a map", Edit("event:\n  name: Senior officials' meeting\n  date: 2025-02-18\n  venue: { city: Riyadh, country: Saudi Arabia }\n", "event: [x]\n"), ["5:8: error: `event` must be a map, found a list"] },

        // Lists of text
        { "summary empty", Edit("summary:\n  - The first senior meeting in three years.", "summary: []"), ["9:10: error: `summary` must have at least one item"] },
        { "summary text", Edit("summary:\n  - The first senior meeting in three years.", "summary: hello"), ["9:10: error: `summary` must be a list of text, found `hello`"] },
        { "summary item map", Edit("  - The first senior meeting in three years.", "  - { a: b }"), ["10:5: error: `summary[0]` must be text, found a map"] },
        { "summary item blank", Edit("  - The first senior meeting in three years.", "  - \"  \""), ["10:5: error: `summary[0]` must be text, found an empty value"] },

        // Parties
        { "parties empty", Edit(Party + "    position:\n      summary: Wants to test whether Moscow is serious.\n", "").Replace("parties:", "parties: []"), ["11:10: error: `parties` must have at least one item"] },
        { "party id in capitals", Edit("  - id: washington", "  - Id: washington"), ["12:5: error: unknown key `Id` in `parties[0]` (did you mean `id`?)", "12:5: error: `parties[0]` is missing the required key `id`"] },
        { "party attending yes", Append("    attending: yes").Replace("summary: Wants to test whether Moscow is serious.\n    attending", "summary: x\n    attending"), ["16:16: error: `parties[0].attending` must be `true` or `false`, found `yes` (only `true` and `false` are booleans here)"] },
        { "party attending quoted", Append("    attending: \"true\""), ["16:16: error: `parties[0].attending` must be `true` or `false`, found `true` (quotes make it text)"] },
        { "party attending True", Append("    attending: True"), ["16:16: error: `parties[0].attending` must be `true` or `false`, found `True` (only `true` and `false` are booleans here)"] },
        { "position missing summary", Edit("      summary: Wants to test whether Moscow is serious.", "      points: [a]"), ["15:7: error: `parties[0].position` is missing the required key `summary`"] },
        { "position key typo", Append("      redlines: [x]"), ["16:7: error: unknown key `redlines` in `parties[0].position` (did you mean `red_lines`?)"] },
        { "party unknown key far", Append("    colour: blue"), ["16:5: error: unknown key `colour` in `parties[0]` (known keys in `parties[0]`: `id`, `name`, `short`, `attending`, `position`, `quotes`, `extra`; free-form data goes under `extra`)"] },
        { "quote missing by", Append("    quotes:\n      - text: Hello"), ["17:9: error: `parties[0].quotes[0]` is missing the required key `by`"] },
        { "quote bad date", Append("    quotes:\n      - { text: Hi, by: Me, date: 2025-2-1 }"), ["17:35: error: `parties[0].quotes[0].date` must be a date (YYYY-MM-DD), found `2025-2-1`"] },
        { "quote unknown source", Append("    quotes:\n      - { text: Hi, by: Me, source: nowhere }"), ["17:37: error: `parties[0].quotes[0].source` names an unknown source `nowhere` (`sources` defines no ids)"] },
        { "duplicate party id", Append(Party.Replace("United States", "Again") + "    position: { summary: S }"), ["16:9: error: duplicate party id `washington` (ids in `parties` must be unique; the first is at line 12)"] },

        // Delegations
        { "delegation unknown party", Append("delegations:\n  - party: washingtn\n    members: [{ name: A }]"), ["17:12: error: `delegations[0].party` names an unknown party `washingtn` (did you mean `washington`?)"] },
        { "delegation unknown party, far", Append("delegations:\n  - party: moscow\n    members: [{ name: A }]"), ["17:12: error: `delegations[0].party` names an unknown party `moscow` (ids in `parties`: `washington`)"] },
        { "delegation no members", Append("delegations:\n  - party: washington\n    members: []"), ["18:14: error: `delegations[0].members` must have at least one item"] },
        { "delegation missing members", Append("delegations:\n  - party: washington"), ["17:5: error: `delegations[0]` is missing the required key `members`"] },
        { "member missing name", Append("delegations:\n  - party: washington\n    members:\n      - title: Secretary"), ["19:9: error: `delegations[0].members[0]` is missing the required key `name`"] },
        { "two leads", Append("delegations:\n  - party: washington\n    members:\n      - { name: A, lead: true }\n      - { name: B, lead: true }"), ["20:20: error: only one member of `delegations[0].members` may have `lead: true` (the first is at line 19)"] },
        { "member key typo", Append("delegations:\n  - party: washington\n    members:\n      - { name: A, nativename: Б }"), ["19:20: error: unknown key `nativename` in `delegations[0].members[0]` (did you mean `native_name`?)"] },

        // Timeline and sources
        { "timeline bad month", Append("timeline:\n  - { date: 2025-13, event: X }"), ["17:13: error: `timeline[0].date` must be a date (YYYY-MM-DD, YYYY-MM or YYYY), found `2025-13` (no such date in the calendar)"] },
        { "timeline missing event", Append("timeline:\n  - { date: 2025 }"), ["17:5: error: `timeline[0]` is missing the required key `event`"] },
        { "timeline unknown source", Append("timeline:\n  - { date: 2025, event: X, source: tass }\nsources:\n  - { id: reuters, title: R }"), ["17:37: error: `timeline[0].source` names an unknown source `tass` (ids in `sources`: `reuters`)"] },
        { "duplicate source id", Append("sources:\n  - { id: reuters, title: R }\n  - { id: reuters, title: S }"), ["18:11: error: duplicate source id `reuters` (ids in `sources` must be unique; the first is at line 17)"] },
        { "source missing title", Append("sources:\n  - { id: reuters }"), ["17:5: error: `sources[0]` is missing the required key `title`"] },
        { "source bad url", Append("sources:\n  - { id: reuters, title: R, url: not a url }"), ["17:35: error: `sources[0].url` must be an absolute URL such as `https://example.org/page`, found `not a url`"] },
        { "source id not a slug", Append("sources:\n  - { id: Reuters News, title: R }"), ["17:11: error: `sources[0].id` must be a slug"] },

        // YAML features the format does not use
        { "duplicate key in extra", Append("extra:\n  a: 1\n  a: 2"), ["18:3: error: duplicate key `a` (first given at line 17)"] },
        { "alias and anchor", Append("extra:\n  a: &x 1\n  b: *x"), ["17:6: error: anchors (`&x`) are not supported in fact sheets", "18:6: error: aliases (`*x`) are not supported in fact sheets"] },
        { "tag", Edit("title: Example talks", "title: !shout Example talks"), ["3:8: error: YAML tags (`!shout`) are not supported in fact sheets"] },
        { "key that is a list", Append("? [a, b]\n: c"), ["16:3: error: a key must be plain text, not a map or a list"] },
        { "top level list", "- a\n- b\n", ["1:1: error: the fact sheet must be a map, found a list"] },
        { "top level scalar", "hello\n", ["1:1: error: the fact sheet must be a map, found `hello`"] },
        { "second document", SampleSheets.Minimal + "---\nid: other\n", ["16:1: error: a fact sheet holds one YAML document; a second one starts here"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_rule_at_its_place(string name, string yaml, string[] expected)
    {
        Assert.NotNull(name);
        DiagnosticAssert.Matches(FactSheetLoader.Load(DiagnosticAssert.File, yaml), expected);
    }

    [Fact]
    public void Minimal_sheet_is_valid()
    {
        var result = FactSheetLoader.Load(DiagnosticAssert.File, SampleSheets.Minimal);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run_in_order_of_position()
    {
        var yaml = """
            schema: briefing/v2
            id: Bad Id
            titel: x
            date: 2025-02-30
            event:
              name: [a]
              venue: { city: Riyadh }
            summary: []
            parties:
              - id: a
                name: A
                attending: maybe
                position: { summary: S }
              - id: a
                name: B
                position: {}
            delegations:
              - party: b
                members: [{ name: X, lead: true }, { name: Y, lead: true }]

            """;
        DiagnosticAssert.Matches(FactSheetLoader.Load(DiagnosticAssert.File, yaml),
            "1:1: error: the fact sheet is missing the required key `title`",
            "1:9: error: `schema` must be one of `briefing/v1`, `briefing/v1.1`",
            "2:5: error: `id` must be a slug",
            "3:1: error: unknown key `titel` (did you mean `title`?)",
            "4:7: error: `date` must be a date",
            "6:3: error: `event` needs `date` or `start`",
            "6:9: error: `event.name` must be text, found a list",
            "7:10: error: `event.venue` is missing the required key `country`",
            "8:10: error: `summary` must have at least one item",
            "12:16: error: `parties[0].attending` must be `true` or `false`, found `maybe`",
            "14:9: error: duplicate party id `a`",
            "16:15: error: `parties[1].position` is missing the required key `summary`",
            "18:12: error: `delegations[0].party` names an unknown party `b`",
            "19:51: error: only one member of `delegations[0].members` may have `lead: true`");
    }
}
