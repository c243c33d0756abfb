using System.Collections;
using System.Globalization;
using Briefing.FactSheets;
using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>The fact sheet as plain Scriban objects, keyed exactly like the YAML (<c>brief.parties[0].position.red_lines</c>).</summary>
/// <remarks>
/// Plain objects rather than imported .NET objects keep templates away from .NET types and members. Every key
/// of the format is present, null when the sheet leaves it out, so a template can test <c>if brief.memo.to</c>
/// while a misspelt key (<c>brief.summry</c>) is an error. Dates are ISO strings (<c>2025-02-18</c>, <c>2025-02</c>,
/// <c>2025-02-18T10:00+03:00</c>): they sort and compare as text and <c>b.date</c> formats them.
/// </remarks>
internal static class BriefModel
{
    private const int MaxExtraDepth = 32;

    public static ScriptObject From(FactSheet sheet) => Obj(
        ("schema", sheet.Schema),
        ("id", sheet.Id),
        ("title", sheet.Title),
        ("date", Iso(sheet.Date)),
        ("classification", sheet.Classification),
        ("language", sheet.Language),
        ("memo", Memo(sheet.Memo)),
        ("event", Event(sheet.Event)),
        ("summary", Texts(sheet.Summary)),
        ("background", Texts(sheet.Background)),
        ("parties", Arr(sheet.Parties.Select(Party))),
        ("delegations", Arr(sheet.Delegations.Select(Delegation))),
        ("agenda", Texts(sheet.Agenda)),
        ("objectives", Texts(sheet.Objectives)),
        ("recommendations", Texts(sheet.Recommendations)),
        ("timeline", Arr(sheet.Timeline.Select(TimelineEntry))),
        ("talking_points", Texts(sheet.TalkingPoints)),
        ("risks", Texts(sheet.Risks)),
        ("sources", Arr(sheet.Sources.Select(Source))),
        ("extra", Extra(sheet.Extra, 0)));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ScriptObject Memo(Memo memo) => Obj(
        ("to", memo.To),
        ("from", memo.From),
        ("subject", memo.Subject),
        ("kind", memo.Kind.ToString().ToLowerInvariant()),
        ("drafted_by", Texts(memo.DraftedBy)),
        ("cleared_by", Texts(memo.ClearedBy)));

    private static ScriptObject Event(Event ev) => Obj(
        ("name", ev.Name),
        ("date", ev.Date is { } d ? Iso(d) : null),
        ("start", ev.Start?.ToString()),
        ("end", ev.End?.ToString()),
        ("format", ev.Format),
        ("venue", Obj(
            ("city", ev.Venue.City),
            ("country", ev.Venue.Country),
            ("name", ev.Venue.Name),
            ("host", ev.Venue.Host),
            ("notes", Texts(ev.Venue.Notes)))));

    private static ScriptObject Party(Party party) => Obj(
        ("id", party.Id),
        ("name", party.Name),
        ("short", party.Short),
        ("attending", party.Attending),
        ("position", Obj(
            ("summary", party.Position.Summary),
            ("points", Texts(party.Position.Points)),
            ("red_lines", Texts(party.Position.RedLines)))),
        ("quotes", Arr(party.Quotes.Select(q => Obj(
            ("text", q.Text),
            ("by", q.By),
            ("date", q.Date is { } d ? Iso(d) : null),
            ("source", q.Source))))),
        ("extra", Extra(party.Extra, 0)));

    private static ScriptObject Delegation(Delegation delegation) => Obj(
        ("party", delegation.Party),
        ("members", Arr(delegation.Members.Select(m => Obj(
            ("name", m.Name),
            ("native_name", m.NativeName),
            ("title", m.Title),
            ("lead", m.Lead))))));

    private static ScriptObject TimelineEntry(TimelineEntry entry) => Obj(
        ("date", entry.Date.ToString()),
        ("event", entry.Event),
        ("source", entry.Source));

    private static ScriptObject Source(Source source) => Obj(
        ("id", source.Id),
        ("title", source.Title),
        ("publisher", source.Publisher),
        ("date", source.Date is { } d ? Iso(d) : null),
        ("url", source.Url));

    // Free-form YAML for custom templates: maps, lists and scalars only, never the .NET objects behind them.
    private static object? Extra(object? value, int depth)
    {
        if (depth > MaxExtraDepth) return null;
        switch (value)
        {
            case null: return null;
            case string or bool or int or long or double or decimal: return value;
            case float f: return (double)f;
            case DateOnly d: return Iso(d);
            case IDictionary map:
                var obj = new ScriptObject();
                foreach (DictionaryEntry entry in map)
                {
                    var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
                    obj.SetValue(key, Extra(entry.Value, depth + 1), false);
                }
                return obj;
            case IEnumerable list:
                var arr = new ScriptArray();
                foreach (var item in list) arr.Add(Extra(item, depth + 1));
                return arr;
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }

    private static ScriptArray Texts(IEnumerable<string> texts) => Arr(texts);

    private static ScriptArray Arr<T>(IEnumerable<T> items)
    {
        var arr = new ScriptArray();
        foreach (var item in items) arr.Add(item);
        return arr;
    }

    private static ScriptObject Obj(params (string Key, object? Value)[] members)
    {
        var obj = new ScriptObject(members.Length);
        foreach (var (key, value) in members) obj.SetValue(key, value, false);
        return obj;
    }
}
