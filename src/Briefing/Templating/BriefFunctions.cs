using System.Collections;
using Briefing.FactSheets;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>The <c>b</c> object: what a template author needs beyond the data (lookups, dates, prose lists).</summary>
/// <remarks>Names and behaviour are documented in <c>templates/README.md</c>; keep the two in step.</remarks>
internal static class BriefFunctions
{
    private static readonly HashSet<string> RightToLeftLanguages = ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"];

    public static ScriptObject Create(FactSheet sheet, ScriptObject brief, PageNumbers pages, ValueOrigins origins)
    {
        var dates = new DateText(sheet.Language);
        var conjunction = ProseList.ConjunctionFor(sheet.Language);
        var parties = (ScriptArray)brief["parties"]!;
        var sources = (ScriptArray)brief["sources"]!;
        var delegations = (ScriptArray)brief["delegations"]!;
        var timeline = (ScriptArray)brief["timeline"]!;
        var sortedTimeline = Sorted(sheet, timeline);

        var b = new ScriptObject();
        Add(b, TemplateFunction.Of<string>("party", "id", (_, span, id) =>
            ById(parties, id) ?? throw new ScriptRuntimeException(span, $"No party has the id `{id}` (parties: {Ids(parties)})")));
        Add(b, TemplateFunction.Of<string>("source", "id", (_, span, id) =>
            ById(sources, id) ?? throw new ScriptRuntimeException(span, $"No source has the id `{id}` (sources: {Ids(sources)})")));
        Add(b, TemplateFunction.Of<string>("source_number", "id", (_, span, id) =>
        {
            for (var i = 0; i < sources.Count; i++)
                if (sources[i] is ScriptObject source && Equals(source["id"], id)) return i + 1;
            throw new ScriptRuntimeException(span, $"No source has the id `{id}` (sources: {Ids(sources)})");
        }));
        Add(b, TemplateFunction.Of<string>("delegation", "party_id", (_, _, partyId) =>
            delegations.OfType<ScriptObject>().FirstOrDefault(d => Equals(d["party"], partyId))));
        Add(b, TemplateFunction.Of<object?>("lead", "delegation", (_, span, delegationOrPartyId) =>
        {
            var delegation = delegationOrPartyId switch
            {
                string partyId => delegations.OfType<ScriptObject>().FirstOrDefault(d => Equals(d["party"], partyId)),
                ScriptObject d when d.ContainsKey("members") => d,
                null => null,
                _ => throw new ScriptRuntimeException(span, "`b.lead` takes a delegation or a party id"),
            };
            return (delegation?["members"] as ScriptArray)?.OfType<ScriptObject>().FirstOrDefault(m => m["lead"] is true);
        }));
        // A portion of a marked sheet prints as "(U) Text"; these take it apart, and give "" and the text for others.
        Add(b, TemplateFunction.Of<object?>("mark", "portion", (_, _, value) => value is MarkedText marked ? marked.Mark : ""));
        Add(b, TemplateFunction.Of<object?>("text", "portion", (context, _, value) => value is MarkedText marked ? marked.Text : context.ObjectToString(value) ?? ""));
        Add(b, TemplateFunction.Of<string>("page_of", "heading", (_, _, heading) => pages.Of(heading)));
        Add(b, TemplateFunction.Of<string>("ref", "heading", (_, span, heading) => PageReference.Of(heading) ?? throw new ScriptRuntimeException(span,
            $"`{heading}` is not a heading id: ids are letters, digits, `-`, `_` and `.`, starting with a letter")));
        // A line that starts with a name in another script would otherwise take that script's direction.
        var mark = RightToLeftLanguages.Contains(sheet.Language.Split('-')[0].ToLowerInvariant()) ? "\u200F" : "\u200E";
        Add(b, TemplateFunction.Of("direction_mark", (_, _) => new MarkdownText(mark)));
        Add(b, TemplateFunction.Of("attending", (_, _) => Filter(parties, p => p["attending"] is true)));
        Add(b, TemplateFunction.Of("not_attending", (_, _) => Filter(parties, p => p["attending"] is not true)));
        Add(b, TemplateFunction.Of("timeline", (_, _) => new ScriptArray(sortedTimeline)));
        Add(b, TemplateFunction.Of<object?>("date", "value", (_, span, value) => origins.Derive(value switch
        {
            null => "",
            string iso => dates.Date(iso) ?? throw new ScriptRuntimeException(span, $"`{iso}` is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
            _ => throw new ScriptRuntimeException(span, "`b.date` takes a date such as `brief.date`"),
        }, value)));
        Add(b, TemplateFunction.Of<object?>("time", "value", (_, _, value) => origins.Derive(value is string iso ? DateText.Time(iso) ?? "" : "", value)));
        Add(b, TemplateFunction.Of("event_when", (_, _) => EventWhen(sheet.Event, dates)));
        Add(b, TemplateFunction.Of<object?, string?>("join", "list", "word", 1, (context, span, list, word) =>
            ProseList.Join(Strings(context, span, list), string.IsNullOrEmpty(word) ? conjunction : word)));
        Add(b, TemplateFunction.Of<object?, int>("shorten", "text", "max", 2, (context, _, text, max) =>
            origins.Derive(Shortening.Shorten(context.ObjectToString(text) ?? "", max), text)));
        Add(b, TemplateFunction.Of<object?>("yaml", "value", (context, _, value) => YamlScalar.Of(context, value) is var quoted && origins.KeyOf(value) is { } key
            ? new MarkdownText(quoted) { Inserted = [new InsertedValue(0, quoted.Length, key)] }
            : new MarkdownText(quoted)));
        Add(b, TemplateFunction.Of<object?, string?>("link", "text", "url", 2, (context, span, text, url) =>
            SafeLink.Of(context.ObjectToString(text) ?? "", url) ?? throw new ScriptRuntimeException(span,
                $"`{url}` is not an http, https or mailto address")));
        return b;
    }

    private static string EventWhen(Event ev, DateText dates)
    {
        if (ev.Date is { } d) return dates.Date(BriefModel.Iso(d)) ?? "";
        if (ev.Start is not { } start) return "";
        var startDay = BriefModel.Iso(DateOnly.FromDateTime(start.Local));
        var text = $"{dates.Date(startDay)}, {DateText.Time(start.ToString())}";
        if (ev.End is not { } end) return text;
        var endDay = BriefModel.Iso(DateOnly.FromDateTime(end.Local));
        var endTime = DateText.Time(end.ToString());
        return endDay == startDay ? $"{text} – {endTime}" : $"{text} – {dates.Date(endDay)}, {endTime}";
    }

    private static List<object?> Sorted(FactSheet sheet, ScriptArray timeline)
    {
        // Sort the model entries by the records' dates; OrderBy is stable, so equal dates keep the file order.
        return sheet.Timeline.Select((entry, i) => (entry.Date, Item: timeline[i]))
            .OrderBy(x => x.Date)
            .Select(x => x.Item)
            .ToList();
    }

    private static string Ids(ScriptArray items) =>
        items.Count == 0 ? "none" : string.Join(", ", items.OfType<ScriptObject>().Select(o => $"`{o["id"]}`"));

    private static ScriptObject? ById(ScriptArray items, string id) =>
        items.OfType<ScriptObject>().FirstOrDefault(o => Equals(o["id"], id));

    private static ScriptArray Filter(ScriptArray items, Func<ScriptObject, bool> keep) =>
        new(items.OfType<ScriptObject>().Where(keep));

    private static void Add(ScriptObject b, TemplateFunction function) => b.SetValue(function.Name, function, readOnly: true);

    private static List<string> Strings(TemplateContext context, SourceSpan span, object? list) => list switch
    {
        null => [],
        string s => [s],
        IEnumerable items => items.Cast<object?>().Select(i => context.ObjectToString(i) ?? "").ToList(),
        _ => throw new ScriptRuntimeException(span, "`b.join` takes a list"),
    };
}
