namespace Briefing.Tests.FactSheets.Markings;

/// <summary>A v1.1 fact sheet with a mark on every kind of portion; <c>{m}</c> stands for the lowest mark of the scheme.</summary>
internal static class MarkedSheets
{
    /// <summary>Every kind of portion, each on its own line, in the order of <see cref="PortionLines"/>.</summary>
    public const string Template = """
        schema: briefing/v1.1
        id: marked
        title: Marked
        date: 2025-02-17
        markings: {scheme}
        event:
          name: Meeting
          date: 2025-02-18
          venue:
            city: Riyadh
            country: Saudi Arabia
            notes:
              - ({m}) A venue note.
        summary:
          - ({m}) A summary bullet.
          - { text: An object summary bullet., marking: {m} }
        background:
          - ({m}) A background paragraph.
        parties:
          - id: a
            name: A
            position:
              summary: ({m}) A position summary.
              points:
                - ({m}) A point.
              red_lines:
                - ({m}) A red line.
            quotes:
              - { text: A quote., by: Someone, marking: {m}, source: s }
              - { text: ({m}) A prefixed quote., by: Someone, source: s }
        agenda:
          - ({m}) An agenda item.
        objectives:
          - ({m}) An objective.
        recommendations:
          - ({m}) A recommendation.
        timeline:
          - { date: 2025-02-18, event: ({m}) A later entry. }
          - { date: 2025-02-01, event: An earlier entry., marking: {m} }
        talking_points:
          - ({m}) A talking point.
        risks:
          - ({m}) A risk.
        sources:
          - { id: s, title: A source }

        """;

    /// <summary>Path and 1-based line of each portion in <see cref="Template"/>, with the column its mark is reported at.</summary>
    public static readonly (string Path, int Line, int Column)[] PortionLines =
    [
        ("event.venue.notes[0]", 13, 9),
        ("summary[0]", 15, 5),
        ("summary[1]", 16, 49),
        ("background[0]", 18, 5),
        ("parties[0].position.summary", 23, 16),
        ("parties[0].position.points[0]", 25, 11),
        ("parties[0].position.red_lines[0]", 27, 11),
        ("parties[0].quotes[0]", 29, 49),
        ("parties[0].quotes[1]", 30, 17),
        ("agenda[0]", 32, 5),
        ("objectives[0]", 34, 5),
        ("recommendations[0]", 36, 5),
        ("timeline[0]", 38, 32),
        ("timeline[1]", 39, 60),
        ("talking_points[0]", 41, 5),
        ("risks[0]", 43, 5),
    ];

    public static string For(string scheme, string lowest) => Template.Replace("{scheme}", scheme).Replace("{m}", lowest);

    /// <summary>The sheet with one line's <c>({m})</c> or <c>marking: {m}</c> replaced.</summary>
    public static string WithLine(string scheme, string lowest, int line, Func<string, string> edit)
    {
        var lines = For(scheme, lowest).Split('\n');
        lines[line - 1] = edit(lines[line - 1]);
        return string.Join('\n', lines);
    }
}
