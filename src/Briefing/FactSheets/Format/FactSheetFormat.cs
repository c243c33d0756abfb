namespace Briefing.FactSheets.Format;

/// <summary>The <c>briefing/v1</c> format, declared once: the loader checks against it and the JSON schema is written from it.</summary>
internal static class FactSheetFormat
{
    public static readonly IdScope PartyScope = new("party", "parties");
    public static readonly IdScope SourceScope = new("source", "sources");

    private static readonly ScalarShape Text = new(ScalarRule.Text);
    private static readonly ScalarShape Slug = new(ScalarRule.Slug);
    private static readonly ScalarShape Date = new(ScalarRule.Date);
    private const string V11 = FactSheet.SchemaVersion11;

    // A portion of a marked document: text with a prefix mark "(U) ...", or { text: ..., marking: U }.
    private static readonly PortionShape Portion = new(Text, new MapShape("marked text", [
        new("text", Text, "The text of the portion.", Required: true),
        new("marking", Text, "The portion mark without parentheses, e.g. `U` or `S//NF`."),
    ]), V11);

    private static readonly ListShape Portions = new(Portion);
    private static readonly ListShape Portions1 = new(Portion, MinItems: 1);
    private static readonly Field Marking = new("marking", Text,
        "The portion mark without parentheses (`U`, `S//NF`), when the text does not start with one.", Since: V11);

    private static readonly MapShape Memo = new("memo header", [
        new("to", Text, "Addressee of the memo."),
        new("from", Text, "Sender of the memo."),
        new("subject", Text, "Subject line; defaults to the fact sheet's `title`."),
        new("kind", new ScalarShape(ScalarRule.OneOf("information", "action", "background")),
            "`information`, `action` (recommendations get Approve / Disapprove lines) or `background`.",
            Default: "information"),
        new("drafted_by", new ScalarOrListShape(Text), "Who drafted the memo: a name or a list of names."),
        new("cleared_by", new ScalarOrListShape(Text), "Who cleared the memo: a name or a list of names."),
    ]);

    private static readonly MapShape Venue = new("venue", [
        new("city", Text, "City of the event.", Required: true),
        new("country", Text, "Country of the event.", Required: true),
        new("name", Text, "Name of the building or place."),
        new("host", Text, "Who hosts the event."),
        new("notes", Portions, "Notes about the venue."),
    ]);

    // One of `date` (a day) or `start` (a moment, with an optional `end`): given both, the two
    // could disagree and nothing would say which the memo should print.
    private static readonly MapShape Event = new("event", [
            new("name", Text, "Name of the event.", Required: true),
            new("date", Date, "Day of the event (YYYY-MM-DD); give either `date` or `start`."),
            new("start", new ScalarShape(ScalarRule.DateTime), "Start (YYYY-MM-DDTHH:MM, optional offset such as +03:00); give either `date` or `start`."),
            new("end", new ScalarShape(ScalarRule.DateTime), "End (YYYY-MM-DDTHH:MM, optional offset); only together with `start`."),
            new("format", Text, "Who meets whom, at what level."),
            new("venue", Venue, "Where the event takes place.", Required: true),
        ],
        OneOf: [["date", "start"]],
        Needs: [("end", "start")],
        InOrder: [("start", "end")]);

    private static readonly MapShape Position = new("position", [
        new("summary", Portion, "The party's position in one or two sentences.", Required: true),
        new("points", Portions, "Points of the position."),
        new("red_lines", Portions, "What the party will not accept."),
    ]);

    private static readonly MapShape Quote = new("quote", [
        new("text", Text, "The words quoted.", Required: true),
        new("by", Text, "Who said them.", Required: true),
        new("date", Date, "When (YYYY-MM-DD)."),
        new("source", Slug, "Id of an entry in `sources`; in `briefing/v1.1` every quote cites one.", RefersTo: SourceScope),
        Marking,
    ], PortionText: "text");

    private static readonly MapShape Party = new("party", [
        new("id", Slug, "Stable id, e.g. `kyiv`; unique among parties.", Required: true),
        new("name", Text, "Full name, e.g. `Ukraine`.", Required: true),
        new("short", Text, "Name used in tables, e.g. `Kyiv`; defaults to `name`."),
        new("attending", new ScalarShape(ScalarRule.Bool), "At the table for this event.", Default: "true"),
        new("position", Position, "What the party wants.", Required: true),
        new("quotes", new ListShape(Quote), "Quotes that show the position."),
        new("extra", new AnyShape(), "Free-form data for custom templates."),
    ]);

    private static readonly MapShape Member = new("member", [
        new("name", Text, "Name in Latin script.", Required: true),
        new("native_name", Text, "Name in its own script, e.g. Cyrillic or Arabic."),
        new("title", Text, "Office or rank."),
        new("lead", new ScalarShape(ScalarRule.Bool), "Head of the delegation; at most one member per delegation.", Default: "false"),
    ]);

    private static readonly MapShape Delegation = new("delegation", [
        new("party", Slug, "Id of the party this delegation represents.", Required: true, RefersTo: PartyScope),
        new("members", new ListShape(Member, MinItems: 1, SingleTrue: "lead"), "Who sits at the table.", Required: true),
    ]);

    private static readonly MapShape TimelineEntry = new("timeline entry", [
        new("date", new ScalarShape(ScalarRule.PartialDate), "YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known.", Required: true),
        new("event", Text, "What happened or will happen.", Required: true),
        new("source", Slug, "Id of an entry in `sources`.", RefersTo: SourceScope),
        Marking,
    ], PortionText: "event");

    private static readonly MapShape Source = new("source", [
        new("id", Slug, "Stable id, cited from quotes and the timeline; unique among sources.", Required: true),
        new("title", Text, "Title of the document or article.", Required: true),
        new("publisher", Text, "Who published it."),
        new("date", Date, "Publication date (YYYY-MM-DD)."),
        new("url", new ScalarShape(ScalarRule.Url), "Where to find it."),
        new("file", new ScalarShape(ScalarRule.RelativePath), "A saved copy of the source's text (UTF-8), relative to the fact sheet; quotes citing the source are checked against it.", Since: V11),
    ]);

    private static readonly MapShape Authority = new("classification authority", [
        new("classified_by", Text, "Name and position of who classified the document.", Required: true),
        new("reason", Text, "Reason for original classification, e.g. `1.4(b), (d)`; give either `reason` or `derived_from`."),
        new("derived_from", Text, "Source document or classification guide, for derivative classification; give either `reason` or `derived_from`."),
        new("declassify_on", Text, "Date (YYYYMMDD) or event of declassification.", Required: true),
    ], OneOf: [["reason", "derived_from"]]);

    private static readonly MapShape Cui = new("CUI designation indicator", [
        new("controlled_by", new ScalarOrListShape(Text), "The agency, then the office, that designated the information.", Required: true),
        new("categories", new ScalarOrListShape(Text), "CUI categories, e.g. `PRVCY`.", Required: true),
        new("dissemination", Text, "Limited dissemination control, e.g. `FEDCON`."),
        new("poc", Text, "Point of contact: name and telephone or e-mail.", Required: true),
    ]);

    /// <summary>The top level of a fact sheet.</summary>
    public static readonly MapShape Root = new("fact sheet", [
        new("schema", new ScalarShape(ScalarRule.OneOf(FactSheet.SchemaVersion, FactSheet.SchemaVersion11)),
            "Format version: `briefing/v1`, or `briefing/v1.1` for portion markings, watermarks and source texts.", Required: true),
        new("id", Slug, "Stable id; the default output file name.", Required: true),
        new("title", Text, "Headline of the briefing.", Required: true),
        new("date", Date, "The date the facts are current as of (YYYY-MM-DD).", Required: true),
        new("classification", Text, "Banner printed at the top and bottom of every page; with `markings`, derived from the portions unless declared higher.", Default: FactSheet.DefaultClassification),
        new("markings", Text, "Marking scheme: `us`, `uk`, `nato` or the path of a scheme file; every portion then carries a mark.", Since: V11),
        new("authority", Authority, "Classification authority block (US scheme, classified documents): printed on the first page.", Since: V11),
        new("cui", Cui, "CUI designation indicator (US scheme, CUI documents): printed on the first page.", Since: V11),
        new("watermark", Text, "Word drawn across every page, e.g. `EXERCISE` or `DRAFT`.", Since: V11),
        new("language", new ScalarShape(ScalarRule.Language), "BCP 47 language tag of the text.", Default: FactSheet.DefaultLanguage),
        new("memo", Memo, "Memo header block."),
        new("event", Event, "The event itself.", Required: true),
        new("summary", Portions1, "Bottom line up front.", Required: true),
        new("background", Portions, "Paragraphs of context."),
        new("parties", new ListShape(Party, MinItems: 1, IdScope: PartyScope), "The parties, in display order.", Required: true),
        new("delegations", new ListShape(Delegation), "Who sits at the table."),
        new("agenda", Portions, "Announced topics."),
        new("objectives", Portions, "What the reader's side wants from the event."),
        new("recommendations", Portions, "For an action memo: each \"That you ...\" gets an Approve / Disapprove line."),
        new("timeline", new ListShape(TimelineEntry), "Past and coming events; shown in date order."),
        new("talking_points", Portions, "Talking points."),
        new("risks", Portions, "What to watch."),
        new("sources", new ListShape(Source, IdScope: SourceScope), "Sources, cited by id."),
        new("extra", new AnyShape(), "Free-form data for custom templates."),
    ]);
}
