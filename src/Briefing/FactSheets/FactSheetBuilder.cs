using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets;

/// <summary>Builds the records of a fact sheet from a tree that has passed validation, applying the defaults of the spec.</summary>
internal static class FactSheetBuilder
{
    public static FactSheet Build(SheetMap root)
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
            Summary: root.Texts("summary"),
            Background: root.Texts("background"),
            Parties: root.Maps("parties", BuildParty),
            Delegations: root.Maps("delegations", BuildDelegation),
            Agenda: root.Texts("agenda"),
            Objectives: root.Texts("objectives"),
            Recommendations: root.Texts("recommendations"),
            // The spec shows entries in date order whatever their order in the file; the sort is
            // stable, so entries of the same date keep the author's order.
            Timeline: root.Maps("timeline", BuildTimelineEntry).OrderBy(e => e.Date).ToList(),
            TalkingPoints: root.Texts("talking_points"),
            Risks: root.Texts("risks"),
            Sources: root.Maps("sources", BuildSource),
            Extra: ExtraValue.From(root["extra"]));
    }

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

    private static Event BuildEvent(SheetMap e)
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
                Notes: venue.Texts("notes")));
    }

    private static Party BuildParty(SheetMap p)
    {
        var name = p.RequiredText("name");
        var position = p.Map("position")!;
        return new Party(
            Id: p.RequiredText("id"),
            Name: name,
            Short: p.Text("short") ?? name,
            Attending: p.Bool("attending", absent: true),
            Position: new Position(
                Summary: position.RequiredText("summary"),
                Points: position.Texts("points"),
                RedLines: position.Texts("red_lines")),
            Quotes: p.Maps("quotes", q => new Quote(
                Text: q.RequiredText("text"),
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

    private static TimelineEntry BuildTimelineEntry(SheetMap t) => new(
        Date: Format.ScalarFormats.ParsePartialDate(t.RequiredText("date"))
            ?? throw new InvalidOperationException("timeline date should have been rejected"),
        Event: t.RequiredText("event"),
        Source: t.Text("source"));

    private static Source BuildSource(SheetMap s) => new(
        Id: s.RequiredText("id"),
        Title: s.RequiredText("title"),
        Publisher: s.Text("publisher"),
        Date: s.Date("date"),
        Url: s.Text("url"));
}
