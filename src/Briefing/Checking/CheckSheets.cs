using System.Globalization;
using System.Text;
using Briefing.FactSheets.Markings;

namespace Briefing.Checking;

/// <summary>
/// Fact sheets made to reach every branch of a template: every optional key present, every list empty, one
/// party and twelve, very long names, right-to-left names, each memo kind and with and without a classification.
/// </summary>
public static class CheckSheets
{
    private const string LongText =
        "Ministry of Foreign Affairs, International Cooperation and Relations with the Diaspora of the Federal Republic";

    private static readonly string[] ArabicNames = ["المملكة العربية السعودية", "دولة قطر", "الإمارات العربية المتحدة"];

    /// <summary>The sheets, each valid against the fact-sheet format.</summary>
    public static IReadOnlyList<CheckSheet> All() =>
    [
        new("every-key", "every optional key present", Sheet(new Shape(Parties: 3, Full: true))),
        new("lists-empty", "every optional key and list left out", Sheet(new Shape(Parties: 1, Full: false))),
        new("one-party", "one party with every key", Sheet(new Shape(Parties: 1, Full: true))),
        new("twelve-parties", "twelve parties, delegations of eight", Sheet(new Shape(Parties: 12, Full: true, Members: 8))),
        new("long-names", "very long names and titles", Sheet(new Shape(Parties: 4, Full: true, Long: true))),
        new("right-to-left", "Arabic names, the language Arabic", Sheet(new Shape(Parties: 3, Full: true, RightToLeft: true))),
        new("action-memo", "an action memo", Sheet(new Shape(Parties: 2, Full: true, Kind: "action"))),
        new("background-memo", "a background memo, SECRET", Sheet(new Shape(Parties: 2, Full: true, Kind: "background", Classification: "SECRET"))),
        new("not-attending", "parties not at the table, times with offsets", Sheet(new Shape(Parties: 3, Full: true, Absent: true))),
        .. SchemeLoader.Shipped.Select(id => new CheckSheet($"marked-{id}", $"portion markings of the {id} scheme", Marked(id))),
    ];

    // A briefing/v1.1 sheet with every portion marked at the scheme's lowest (open) level.
    private static string Marked(string scheme)
    {
        var m = $"({SchemeLoader.LoadShipped(scheme).Levels[0].Portion})";
        return $$"""
            schema: briefing/v1.1
            id: check
            title: Marked talks
            date: 2025-02-17
            markings: {{scheme}}
            memo: { to: The Secretary, from: Desk Officer, kind: action }
            event:
              name: Meeting
              date: 2025-02-18
              venue: { city: Riyadh, country: Saudi Arabia, notes: ["{{m}} A venue note."] }
            summary: ["{{m}} A summary bullet."]
            background: ["{{m}} A background paragraph."]
            parties:
              - id: a
                name: A
                position:
                  summary: "{{m}} A position summary."
                  points: ["{{m}} A point."]
                  red_lines: ["{{m}} A red line."]
                quotes:
                  - { text: "{{m}} A quote.", by: Someone, source: src-1 }
              - id: b
                name: B
                attending: false
                position: { summary: "{{m}} Another position." }
            delegations:
              - { party: a, members: [{ name: A. Person, title: Minister, lead: true }] }
            agenda: ["{{m}} An agenda item."]
            objectives: ["{{m}} An objective."]
            recommendations: ["{{m}} That you approve."]
            timeline:
              - { date: 2025-02-18, event: "{{m}} An entry.", source: src-1 }
            talking_points: ["{{m}} A talking point."]
            risks: ["{{m}} A risk."]
            sources:
              - { id: src-1, title: A report, publisher: A publisher }

            """;
    }

    private sealed record Shape(
        int Parties, bool Full, int Members = 2, bool Long = false, bool RightToLeft = false, string Kind = "information",
        string? Classification = "UNCLASSIFIED", bool Absent = false);

    private static string Sheet(Shape s)
    {
        var y = new StringBuilder();
        y.AppendLine("schema: briefing/v1");
        y.AppendLine("id: check");
        y.AppendLine($"title: {Q(s.Long ? $"Talks on the {LongText} and its neighbours, with a headline that wraps" : "Talks on the settlement")}");
        y.AppendLine("date: 2025-02-17");
        if (s.Full)
        {
            if (s.Classification is not null)
            {
                y.AppendLine($"classification: {s.Classification}");
            }
            y.AppendLine($"language: {(s.RightToLeft ? "ar" : "en")}");
            y.AppendLine("memo:");
            y.AppendLine($"  to: {Q(s.Long ? $"The Secretary of the {LongText}" : "The Secretary")}");
            y.AppendLine("  from: Desk Officer");
            y.AppendLine("  subject: Talks on the settlement");
            y.AppendLine($"  kind: {s.Kind}");
            y.AppendLine("  drafted_by: A. Author");
            y.AppendLine("  cleared_by: [B. Reviewer, C. Reviewer]");
        }
        y.AppendLine("event:");
        y.AppendLine($"  name: {Q(s.Long ? $"Meeting of the {LongText}" : "Senior officials' meeting")}");
        if (s.Absent)
        {
            y.AppendLine("  start: 2025-02-18T10:00+03:00");
            y.AppendLine("  end: 2025-02-19T17:30+03:00");
        }
        else
        {
            y.AppendLine("  date: 2025-02-18");
        }
        if (s.Full)
        {
            y.AppendLine("  format: Ministers and advisers");
        }
        y.AppendLine("  venue:");
        y.AppendLine($"    city: {Q(s.RightToLeft ? "الرياض" : "Riyadh")}");
        y.AppendLine("    country: Saudi Arabia");
        if (s.Full)
        {
            y.AppendLine("    name: Diriyah Palace");
            y.AppendLine("    host: Saudi Arabia");
            y.AppendLine("    notes: [The host chairs the opening session.]");
        }
        y.AppendLine("summary:");
        y.AppendLine("  - The two sides meet to prepare a settlement.");
        if (s.Full)
        {
            y.AppendLine("  - A second line of the bottom line.");
            y.AppendLine("background: [A paragraph of context., Another paragraph.]");
        }
        y.AppendLine("parties:");
        for (var i = 1; i <= s.Parties; i++)
        {
            y.AppendLine($"  - id: party-{i}");
            y.AppendLine($"    name: {Q(PartyName(s, i))}");
            if (s.Full)
            {
                y.AppendLine($"    short: {Q(s.RightToLeft ? ArabicNames[(i - 1) % ArabicNames.Length] : $"P{i}")}");
                y.AppendLine($"    attending: {(s.Absent && i % 2 == 0 ? "false" : "true")}");
            }
            y.AppendLine("    position:");
            y.AppendLine($"      summary: {Q(s.Long ? $"Party {i} wants the {LongText} to lead the talks." : $"Party {i} wants a settlement.")}");
            if (s.Full)
            {
                y.AppendLine("      points: [A point., Another point.]");
                y.AppendLine("      red_lines: [A red line.]");
                y.AppendLine("    quotes:");
                y.AppendLine($"      - {{ text: {Q($"We are ready, says party {i}.")}, by: {Q(MemberName(s, i, 1))}, date: 2025-02-16, source: src-1 }}");
                y.AppendLine("    extra: { note: free-form }");
            }
        }
        if (!s.Full)
        {
            return y.ToString();
        }
        y.AppendLine("delegations:");
        for (var i = 1; i <= s.Parties; i++)
        {
            y.AppendLine($"  - party: party-{i}");
            y.AppendLine("    members:");
            for (var m = 1; m <= s.Members; m++)
            {
                y.AppendLine($"      - {{ name: {Q(MemberName(s, i, m))}, native_name: {Q(s.RightToLeft ? "فيصل بن فرحان" : "Сергей Лавров")}, title: {Q(s.Long ? LongText : "Minister")}{(m == 1 ? ", lead: true" : "")} }}");
            }
        }
        y.AppendLine("agenda: [Staffing of embassies, A path to a settlement]");
        y.AppendLine("objectives: [Agree a date for the next round]");
        y.AppendLine("recommendations: [That you approve the talking points, That you meet the envoy]");
        y.AppendLine("timeline:");
        y.AppendLine("  - { date: 2025-02-12, event: A telephone call, source: src-1 }");
        y.AppendLine("  - { date: 2025-02, event: Preparations }");
        y.AppendLine("  - { date: 2024, event: An earlier meeting }");
        y.AppendLine("talking_points: [We welcome the talks.]");
        y.AppendLine("risks: [The talks may stall.]");
        y.AppendLine("sources:");
        y.AppendLine("  - { id: src-1, title: A report, publisher: A publisher, date: 2025-02-16, url: \"https://example.org/report\" }");
        y.AppendLine("  - { id: src-2, title: Another report, publisher: Another publisher }");
        y.AppendLine("extra: { desk: Eastern Europe, marks: { cls: U } }");
        return y.ToString();
    }

    private static string PartyName(Shape s, int i) =>
        s.RightToLeft ? ArabicNames[(i - 1) % ArabicNames.Length] + (i > ArabicNames.Length ? $" {i}" : "")
        : s.Long ? $"The {LongText} number {i}"
        : $"Party {i.ToString(CultureInfo.InvariantCulture)}";

    private static string MemberName(Shape s, int party, int member) =>
        s.RightToLeft ? $"عبد الله {party}-{member}"
        : s.Long ? $"Alexandra Konstantinovna Vasilyeva-Rimsky-Korsakova-Montgomery {party}-{member}"
        : $"Member {party}-{member}";

    // Double-quoted YAML scalar.
    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
