using Briefing.FactSheets.Markings;
using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets;

/// <summary>Builds the records of a fact sheet from a tree that has passed validation, applying the defaults of the spec.</summary>
/// <remarks>Portions are read without their marks; the marks go to <see cref="FactSheet.Markings"/>.</remarks>
internal sealed class FactSheetBuilder
{
    private readonly Dictionary<SheetNode, MarkedPortion> _marked;

    private FactSheetBuilder(IReadOnlyList<MarkedPortion> portions)
    {
        _marked = new Dictionary<SheetNode, MarkedPortion>(ReferenceEqualityComparer.Instance);
        foreach (var portion in portions) _marked[portion.Node] = portion;
    }

    public static FactSheet Build(SheetMap root) => Build(root, null, "");

    public static FactSheet Build(SheetMap root, (MarkingScheme Scheme, IReadOnlyList<MarkedPortion> Portions, Marking Banner, Marking Derived)? markings, string folder)
    {
        var builder = new FactSheetBuilder(markings?.Portions ?? []);
        var sheet = builder.BuildSheet(root);
        var timelineOrder = builder.TimelineOrder(root);
        return sheet with
        {
            Classification = markings is { } m ? m.Scheme.BannerText(m.Banner) : sheet.Classification,
            Markings = markings is { } d ? new DocumentMarkings(d.Scheme, d.Banner, d.Derived, PortionPaths(d.Portions, timelineOrder)) : null,
            Authority = root.Map("authority") is { } a
                ? new ClassificationAuthority(a.RequiredText("classified_by"), a.Text("reason"), a.Text("derived_from"), a.RequiredText("declassify_on"))
                : null,
            Cui = root.Map("cui") is { } c
                ? new CuiDesignation(c.Texts("controlled_by"), c.Texts("categories"), c.Text("dissemination"), c.RequiredText("poc"))
                : null,
            Watermark = root.Text("watermark"),
            Folder = folder,
        };
    }

    // The timeline is kept in date order; its marks are looked up by the entry's place in that order.
    private static Dictionary<string, Marking> PortionPaths(IReadOnlyList<MarkedPortion> portions, IReadOnlyList<int> timelineOrder)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var sorted = 0; sorted < timelineOrder.Count; sorted++) renamed[$"timeline[{timelineOrder[sorted]}]"] = $"timeline[{sorted}]";
        return portions.ToDictionary(p => renamed.GetValueOrDefault(p.Path, p.Path), p => p.Marking, StringComparer.Ordinal);
    }

    /// <summary>For each entry of the timeline in date order, its index in the file.</summary>
    private IReadOnlyList<int> TimelineOrder(SheetMap root) =>
        root.Maps("timeline", BuildTimelineEntry).Select((e, i) => (e.Date, i)).OrderBy(x => x.Date).Select(x => x.i).ToList();

    private FactSheet BuildSheet(SheetMap root)
    {
        var title = root.RequiredText("title");
        return new FactSheet(
            Schema: root.RequiredText("schema"),
            Id: root.RequiredText("id"),
            Title: title,
            Date: root.Date("date")!.Value,
            Classification: root.Text("classification") ?? FactSheet.DefaultClassification,
            Language: root.Text("language") ?? FactSheet.DefaultLanguage,
            Memo: BuildMemo(root.Map("memo"), title),
            Event: BuildEvent(root.Map("event")!),
            Summary: Portions(root, "summary"),
            Background: Portions(root, "background"),
            Parties: root.Maps("parties", BuildParty),
            Delegations: root.Maps("delegations", BuildDelegation),
            Agenda: Portions(root, "agenda"),
            Objectives: Portions(root, "objectives"),
            Recommendations: Portions(root, "recommendations"),
            // The spec shows entries in date order whatever their order in the file; the sort is
            // stable, so entries of the same date keep the author's order.
            Timeline: root.Maps("timeline", BuildTimelineEntry).OrderBy(e => e.Date).ToList(),
            TalkingPoints: Portions(root, "talking_points"),
            Risks: Portions(root, "risks"),
            Sources: root.Maps("sources", BuildSource),
            Extra: ExtraValue.From(root["extra"]));
    }

    private IReadOnlyList<string> Portions(SheetMap map, string key) => map[key] switch
    {
        null => [],
        SheetList list => list.Items.Select(PortionText).ToList(),
        var other => throw new InvalidOperationException($"`{key}` at {other.Start.Line}:{other.Start.Column} should have been rejected by the format"),
    };

    private string PortionText(SheetNode node) => node switch
    {
        _ when _marked.TryGetValue(node, out var portion) => portion.Text,
        SheetScalar scalar => scalar.Value.Trim(),
        SheetMap map => map.RequiredText("text"),
        _ => throw new InvalidOperationException($"a portion at {node.Start.Line}:{node.Start.Column} should have been rejected by the format"),
    };

    private static Memo BuildMemo(SheetMap? memo, string title) => new(
        To: memo?.Text("to"),
        From: memo?.Text("from"),
        Subject: memo?.Text("subject") ?? title,
        Kind: memo?.Text("kind") switch
        {
            null or "information" => MemoKind.Information,
            "action" => MemoKind.Action,
            "background" => MemoKind.Background,
            var other => throw new InvalidOperationException($"memo kind `{other}` should have been rejected"),
        },
        DraftedBy: memo?.Texts("drafted_by") ?? [],
        ClearedBy: memo?.Texts("cleared_by") ?? []);

    private Event BuildEvent(SheetMap e)
    {
        var venue = e.Map("venue")!;
        return new Event(
            Name: e.RequiredText("name"),
            Date: e.Date("date"),
            Start: e.DateTime("start"),
            End: e.DateTime("end"),
            Format: e.Text("format"),
            Venue: new Venue(
                City: venue.RequiredText("city"),
                Country: venue.RequiredText("country"),
                Name: venue.Text("name"),
                Host: venue.Text("host"),
                Notes: Portions(venue, "notes")));
    }

    private Party BuildParty(SheetMap p)
    {
        var name = p.RequiredText("name");
        var position = p.Map("position")!;
        return new Party(
            Id: p.RequiredText("id"),
            Name: name,
            Short: p.Text("short") ?? name,
            Attending: p.Bool("attending", absent: true),
            Position: new Position(
                Summary: PortionText(position["summary"]!),
                Points: Portions(position, "points"),
                RedLines: Portions(position, "red_lines")),
            Quotes: p.Maps("quotes", q => new Quote(
                Text: _marked.TryGetValue(q, out var marked) ? marked.Text : q.RequiredText("text"),
                By: q.RequiredText("by"),
                Date: q.Date("date"),
                Source: q.Text("source"))),
            Extra: ExtraValue.From(p["extra"]));
    }

    private static Delegation BuildDelegation(SheetMap d) => new(
        Party: d.RequiredText("party"),
        Members: d.Maps("members", m => new Member(
            Name: m.RequiredText("name"),
            NativeName: m.Text("native_name"),
            Title: m.Text("title"),
            Lead: m.Bool("lead", absent: false))));

    private TimelineEntry BuildTimelineEntry(SheetMap t) => new(
        Date: Format.ScalarFormats.ParsePartialDate(t.RequiredText("date"))
            ?? throw new InvalidOperationException("timeline date should have been rejected"),
        Event: _marked.TryGetValue(t, out var marked) ? marked.Text : t.RequiredText("event"),
        Source: t.Text("source"));

    private static Source BuildSource(SheetMap s) => new(
        Id: s.RequiredText("id"),
        Title: s.RequiredText("title"),
        Publisher: s.Text("publisher"),
        Date: s.Date("date"),
        Url: s.Text("url"))
    {
        File = s.Text("file"),
    };
}
