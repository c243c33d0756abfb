using Briefing.FactSheets;

namespace Briefing.Tests.Templating;

/// <summary>Fact sheets built directly as records, so the templating tests do not depend on the YAML loader.</summary>
internal static class SampleSheets
{
    public static FactSheet Minimal() => new(
        Schema: FactSheet.SchemaVersion,
        Id: "minimal",
        Title: "Minimal talks",
        Date: new DateOnly(2025, 2, 17),
        Classification: FactSheet.DefaultClassification,
        Language: FactSheet.DefaultLanguage,
        Memo: new Memo(null, null, "Minimal talks", MemoKind.Information, [], []),
        Event: new Event("Senior officials' meeting", new DateOnly(2025, 2, 18), null, null, null,
            new Venue("Riyadh", "Saudi Arabia", null, null, [])),
        Summary: ["The first senior meeting in three years."],
        Background: [],
        Parties: [Party("washington", "United States", "Washington", "Wants to test whether Moscow is serious about peace.")],
        Delegations: [],
        Agenda: [],
        Objectives: [],
        Recommendations: [],
        Timeline: [],
        TalkingPoints: [],
        Risks: [],
        Sources: [],
        Extra: null);

    public static FactSheet Full() => Minimal() with
    {
        Id = "riyadh-talks",
        Title = "US–Russia talks in Riyadh",
        Memo = new Memo("The Secretary", "Bureau of European Affairs", "US–Russia talks in Riyadh", MemoKind.Information,
            ["J. Smith, EUR/RUS"], ["EUR: A. Jones", "NEA: B. Brown"]),
        Event = new Event("Senior officials' meeting", new DateOnly(2025, 2, 18), null, null,
            "Foreign-minister level, delegations of five",
            new Venue("Riyadh", "Saudi Arabia", "Diriyah Palace", "Kingdom of Saudi Arabia", ["Closed to press"])),
        Summary = ["The first senior meeting in three years.", "Ukraine and Europe are not at the table."],
        Background = ["Contacts were frozen in 2022."],
        Parties =
        [
            Party("washington", "United States", "Washington", "Wants to test whether Moscow is serious about peace.",
                points: ["Restore embassies", "Open a track on Ukraine"], redLines: ["No sanctions relief up front"],
                quotes: [new Quote("We want to end this conflict.", "Marco Rubio", new DateOnly(2025, 2, 16), "state-dept")]),
            Party("moscow", "Russian Federation", "Moscow", "Seeks normalisation before any talk of Ukraine.",
                points: ["Return of diplomatic property"], redLines: ["No NATO membership for Ukraine"]),
            Party("kyiv", "Ukraine", "Kyiv", "Nothing about Ukraine without Ukraine.", attending: false,
                redLines: ["No recognition of occupied territory"]),
            Party("europe", "European Union", "Brussels", "Wants a seat at any peace table.", attending: false),
        ],
        Delegations =
        [
            new Delegation("washington", [Member("Marco Rubio", null, "Secretary of State", lead: true), Member("Mike Waltz", null, "National Security Advisor")]),
            new Delegation("moscow", [Member("Sergey Lavrov", "Сергей Лавров", "Minister of Foreign Affairs", lead: true), Member("Yuri Ushakov", "Юрий Ушаков", "Presidential aide")]),
        ],
        Agenda = ["Embassy operations", "Ukraine"],
        Objectives = ["Agree a follow-up meeting"],
        Recommendations = ["That you approve the talking points."],
        Timeline =
        [
            new TimelineEntry(new PartialDate(2025, 2, 18), "Riyadh meeting", null),
            new TimelineEntry(new PartialDate(2022, 2, 24), "Full-scale invasion", "state-dept"),
            new TimelineEntry(new PartialDate(2025, null, null), "Year of talks", null),
            new TimelineEntry(new PartialDate(2025, 2, null), "Phone call", null),
        ],
        TalkingPoints = ["We seek a durable peace."],
        Risks = ["Europe feels sidelined."],
        Sources =
        [
            new Source("state-dept", "Secretary Rubio's remarks", "U.S. Department of State", new DateOnly(2025, 2, 16), "https://www.state.gov/remarks"),
            new Source("tass", "Lavrov on Riyadh", "TASS", null, null),
        ],
    };

    /// <summary>A sheet with <paramref name="parties"/> parties, each with a delegation of <paramref name="members"/>.</summary>
    public static FactSheet Large(int parties, int members)
    {
        var names = new[] { "Ukraine", "Russian Federation", "United States", "Saudi Arabia", "European Union", "Türkiye", "United Kingdom", "China" };
        var list = Enumerable.Range(0, parties).Select(i => Party($"p{i}", i < names.Length ? names[i] : $"Party {i}",
            $"Short {i}", $"Position of party {i}, stated at some length so that tables must wrap their cells.",
            points: [$"Point A of {i}", $"Point B of {i}"], redLines: [$"Red line of {i}"], attending: i % 3 != 2)).ToList();
        var delegations = list.Select((p, i) => new Delegation(p.Id, Enumerable.Range(0, members).Select(m =>
            Member(m % 2 == 0 ? $"Member {m} of {p.Id}" : $"عبد الله بن {m}", m % 2 == 0 ? $"Член {m}" : null, $"Adviser {m}", lead: m == 0)).ToList())).ToList();
        return Full() with { Parties = list, Delegations = delegations };
    }

    /// <summary>The worst case for space: eight parties, forty members each, every text long, names in three scripts.</summary>
    public static FactSheet Long()
    {
        const string words = "The delegation is expected to restate its long-standing position in considerable detail, including the conditions it attaches to any sequencing of steps, the guarantees it seeks from the other parties and the timetable it considers realistic for implementation. ";
        string Text(int n) => string.Concat(Enumerable.Repeat(words, n)).Trim();
        var large = Large(8, 40);
        return large with
        {
            Title = "Consultations of the senior officials of the parties concerned on the modalities of a comprehensive settlement",
            Memo = large.Memo with { To = "The Deputy Secretary for Political Affairs", From = "Office of the Special Envoy for Eastern European Affairs" },
            Event = large.Event with { Name = "Extended senior officials' consultations on the settlement framework", Venue = new Venue("Riyadh", "Kingdom of Saudi Arabia", "Diriyah Palace, King Abdulaziz Conference Centre", "Ministry of Foreign Affairs", ["Closed to press", "Interpretation into Arabic, Russian and Ukrainian"]) },
            Summary = [Text(2), Text(1), Text(1), Text(1)],
            Parties = large.Parties.Select((p, i) => p with
            {
                Name = i % 2 == 0 ? p.Name + " (Government of National Unity and Reconstruction)" : "المملكة العربية السعودية",
                Short = i % 3 == 0 ? "Российская Федерация" : i % 3 == 1 ? "المملكة العربية السعودية" : "Extraordinarily-long-short-name",
                Position = new Position(Text(1), [Text(1), Text(1)], [Text(1), Text(1)]),
            }).ToList(),
            Delegations = large.Delegations.Select(d => d with
            {
                Members = d.Members.Select((m, j) => j == 0 ? m with { Name = "Abdulaziz bin Abdullah bin Mohammed Al-Rasheed Al-Mutairi", Title = "Minister of State for Foreign Affairs and Special Envoy for Climate" } : m).ToList(),
            }).ToList(),
        };
    }

    /// <summary>Every text field of <see cref="Full"/> with <paramref name="text"/> appended.</summary>
    public static FactSheet Hostile(string text)
    {
        var f = Full();
        string T(string s) => s + " " + text;
        List<string> L(IEnumerable<string> xs) => xs.Select(T).ToList();
        return f with
        {
            Title = T(f.Title),
            Classification = T(f.Classification),
            Memo = new Memo(T("To"), T("From"), T(f.Memo.Subject), MemoKind.Action, L(f.Memo.DraftedBy), L(f.Memo.ClearedBy)),
            Event = f.Event with { Name = T(f.Event.Name), Format = T(f.Event.Format!), Venue = new Venue(T("Riyadh"), T("Saudi Arabia"), T("Palace"), T("Host"), L(f.Event.Venue.Notes)) },
            Summary = L(f.Summary),
            Background = L(f.Background),
            Parties = f.Parties.Select(p => p with
            {
                Name = T(p.Name),
                Short = T(p.Short),
                Position = new Position(T(p.Position.Summary), L(p.Position.Points), L(p.Position.RedLines)),
                Quotes = p.Quotes.Select(q => q with { Text = T(q.Text), By = T(q.By) }).ToList(),
            }).ToList(),
            Delegations = f.Delegations.Select(d => d with { Members = d.Members.Select(m => new Member(T(m.Name), m.NativeName is null ? null : T(m.NativeName), m.Title is null ? null : T(m.Title), m.Lead)).ToList() }).ToList(),
            Agenda = L(f.Agenda),
            Objectives = L(f.Objectives),
            Recommendations = L(f.Recommendations),
            Timeline = f.Timeline.Select(e => e with { Event = T(e.Event) }).ToList(),
            TalkingPoints = L(f.TalkingPoints),
            Risks = L(f.Risks),
            Sources = f.Sources.Select(s => s with { Title = T(s.Title), Publisher = s.Publisher is null ? null : T(s.Publisher) }).ToList(),
        };
    }

    public static Party Party(string id, string name, string @short, string summary,
        IReadOnlyList<string>? points = null, IReadOnlyList<string>? redLines = null, IReadOnlyList<Quote>? quotes = null, bool attending = true) =>
        new(id, name, @short, attending, new Position(summary, points ?? [], redLines ?? []), quotes ?? [], null);

    public static Member Member(string name, string? nativeName, string? title, bool lead = false) => new(name, nativeName, title, lead);
}
