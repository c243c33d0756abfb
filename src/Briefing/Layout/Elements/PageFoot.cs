using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>
/// The footnotes at the foot of each page, as in TeX and Typst: below a short rule, above the footer, in the order
/// of their references. A line that cites a note is placed only with room for the note below it; a note too long
/// for the rest of the page starts there and continues at the foot of the next page, below a full-width rule and
/// before that page's own notes.
/// </summary>
/// <remarks>A reference cites its note and the notes that note cites in turn, which are set right after it.</remarks>
internal sealed class PageFoot(IReadOnlyDictionary<int, IReadOnlyList<Footnote>> cites, float spaceBefore, float ruleWidth, Rgba ruleColour)
{
    /// <summary>Space between two notes.</summary>
    private const float Gap = 2;

    /// <summary>Space between the rule and the first note.</summary>
    private const float BelowRule = 4;

    /// <summary>The room above the first note: space, rule and the space below it.</summary>
    public float Separator { get; } = Math.Max(spaceBefore, BelowRule + 2);

    /// <summary>The width of the page body the notes are set in; the paginator sets it for each section.</summary>
    public float Width { get; set; }

    /// <summary>The notes a reference to note <paramref name="number"/> cites: it and those cited inside it.</summary>
    public IReadOnlyList<Footnote> Cites(int number) => cites.GetValueOrDefault(number) ?? [];

    /// <summary>For each note, it and the notes cited inside it (and inside those), each once.</summary>
    public static Dictionary<int, IReadOnlyList<Footnote>> Chains(IReadOnlyList<Footnote> notes, IReadOnlyDictionary<int, IReadOnlyList<int>> inside)
    {
        var byNumber = notes.ToDictionary(n => n.Number);
        var chains = new Dictionary<int, IReadOnlyList<Footnote>>();
        foreach (var note in notes)
        {
            var chain = new List<Footnote>();
            var pending = new Stack<int>([note.Number]);
            while (pending.TryPop(out var number))
            {
                if (byNumber.TryGetValue(number, out var cited) && !chain.Contains(cited))
                {
                    chain.Add(cited);
                    foreach (var inner in (inside.GetValueOrDefault(number) ?? []).Reverse())
                    {
                        pending.Push(inner);
                    }
                }
            }
            chains[note.Number] = chain;
        }
        return chains;
    }

    /// <summary>
    /// The room that placing a line adds at the foot for the notes it cites, when <paramref name="claimed"/> is
    /// already taken there and <paramref name="room"/> is left below the line; null when the notes do not fit (not
    /// even the first lines of one too long for the page, or the foot is <paramref name="full"/>), so the line
    /// must move on. Notes in <paramref name="counted"/> are already claimed by lines above.
    /// </summary>
    public float? Claim(IReadOnlyList<Footnote> cited, float claimed, float room, bool full, HashSet<Footnote> counted)
    {
        var extra = 0f;
        foreach (var note in cited)
        {
            if (note.Started || !counted.Add(note))
            {
                continue;
            }
            if (full)
            {
                return null;
            }
            var separator = claimed + extra > 0 ? 0 : Separator;
            // The gap after a note is space only when another note follows it: the lowest needs none.
            var whole = note.Height(Width) + Gap;
            if (extra + separator + whole - Gap <= room + 0.01f)
            {
                extra = Math.Min(room, extra + separator + whole);
                continue;
            }
            var rest = room - extra - separator;
            if (rest > 0 && note.Body.Measure(new Size(Width, rest)).Kind == SpacePlanKind.PartialRender)
            {
                // The note starts here and fills the page; the rest follows on the next.
                return room;
            }
            return null;
        }
        return extra;
    }

    /// <summary>The room the notes continued from the previous page need to end, separator included; 0 for none.</summary>
    public float Continued(IReadOnlyList<Footnote> carried) =>
        carried.Count == 0 ? 0 : Separator + carried.Sum(n => n.Body.Measure(Size.Unbounded(Width)).Height + Gap);

    /// <summary>
    /// Draws the continued notes (in at most <paramref name="continuedRoom"/>) and then the notes cited on the page,
    /// from <paramref name="bottom"/> upwards and no higher than <paramref name="top"/>; returns those that go on
    /// (or begin) on the next page.
    /// </summary>
    public List<Footnote> Draw(PageCanvas canvas, IReadOnlyList<Footnote> carried, float continuedRoom, float x, float top, float bottom)
    {
        var placed = new List<(Footnote Note, SpacePlan Plan, Size Space)>();
        var later = new List<Footnote>();
        var used = Separator;
        foreach (var note in carried.Concat(canvas.Cited))
        {
            if (later.Count > 0)
            {
                later.Add(note);
                continue;
            }
            var limit = bottom - top - used;
            if (note.Started)
            {
                limit = Math.Min(limit, continuedRoom - used);
            }
            var space = new Size(Width, limit);
            var plan = limit > 0 ? note.Body.Measure(space) : SpacePlan.Wrap("no room at the foot of the page");
            if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.Empty)
            {
                later.Add(note);
                continue;
            }
            placed.Add((note, plan, space));
            used += plan.Height + Gap;
            if (!plan.IsDone)
            {
                later.Add(note);
            }
        }
        if (placed.Count == 0)
        {
            return later;
        }
        var y = bottom - (used - Gap);
        if (ruleWidth > 0)
        {
            // A note continued from the page before hangs below a rule across the whole measure.
            var length = placed[0].Note.Started ? Width : Width / 3;
            var ruleY = y + Separator - BelowRule;
            canvas.Add(new RuleItem(StructureTag.Artifact, x, ruleY, x + length, ruleY, ruleWidth, ruleColour));
        }
        y += Separator;
        foreach (var (note, plan, space) in placed)
        {
            note.Body.Draw(canvas, x, y, space);
            note.Started = true;
            y += plan.Height + Gap;
        }
        return later;
    }
}
