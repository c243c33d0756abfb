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

    public static ScriptObject From(FactSheet sheet) => new BriefModelBuilder(sheet).Build();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Builds the model of one sheet; knows the sheet's portion marks.</summary>
    private sealed class BriefModelBuilder(FactSheet sheet)
    {
        public ScriptObject Build() => Obj(
            ("schema", sheet.Schema),
            ("id", sheet.Id),
            ("title", sheet.Title),
            ("date", Iso(sheet.Date)),
            ("classification", sheet.Classification),
            ("language", sheet.Language),
            ("memo", Memo(sheet.Memo)),
            ("event", Event(sheet.Event)),
            ("markings", Markings()),
            ("authority", sheet.Authority is { } a ? Obj(
                ("classified_by", a.ClassifiedBy), ("reason", a.Reason), ("derived_from", a.DerivedFrom), ("declassify_on", a.DeclassifyOn)) : null),
            ("cui", sheet.Cui is { } c ? Obj(
                ("controlled_by", Texts(c.ControlledBy)), ("categories", Texts(c.Categories)), ("dissemination", c.Dissemination), ("poc", c.Poc)) : null),
            ("watermark", sheet.Watermark),
            ("summary", Portions("summary", sheet.Summary)),
            ("background", Portions("background", sheet.Background)),
            ("parties", Arr(sheet.Parties.Select(Party))),
            ("delegations", Arr(sheet.Delegations.Select(Delegation))),
            ("agenda", Portions("agenda", sheet.Agenda)),
            ("objectives", Portions("objectives", sheet.Objectives)),
            ("recommendations", Portions("recommendations", sheet.Recommendations)),
            ("timeline", Arr(sheet.Timeline.Select(TimelineEntry))),
            ("talking_points", Portions("talking_points", sheet.TalkingPoints)),
            ("risks", Portions("risks", sheet.Risks)),
            ("sources", Arr(sheet.Sources.Select(Source))),
            ("extra", Extra(sheet.Extra, 0)));

        private ScriptObject? Markings() => sheet.Markings is not { } m ? null : Obj(
            ("scheme", m.Scheme.Name),
            ("banner", m.BannerText),
            ("derived", m.Scheme.BannerText(m.Derived)),
            ("level", m.Banner.Level.Banner),
            ("indicator", m.Banner.Level.Indicator));

        /// <summary>A portion's text, as <see cref="MarkedText"/> when the sheet marks it.</summary>
        private object Portion(string path, string text) =>
            sheet.Markings?.PortionMark(path) is { } mark ? new MarkedText(mark, text) : text;

        private ScriptArray Portions(string path, IReadOnlyList<string> texts) =>
            Arr(texts.Select((t, i) => Portion($"{path}[{i}]", t)));

        private static ScriptObject Memo(Memo memo) => Obj(
            ("to", memo.To),
            ("from", memo.From),
            ("subject", memo.Subject),
            ("kind", memo.Kind.ToString().ToLowerInvariant()),
            ("drafted_by", Texts(memo.DraftedBy)),
            ("cleared_by", Texts(memo.ClearedBy)));

        private ScriptObject Event(Event ev) => Obj(
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
                ("notes", Portions("event.venue.notes", ev.Venue.Notes)))));

        private ScriptObject Party(Party party, int index) => Obj(
            ("id", party.Id),
            ("name", party.Name),
            ("short", party.Short),
            ("attending", party.Attending),
            ("position", Obj(
                ("summary", Portion($"parties[{index}].position.summary", party.Position.Summary)),
                ("points", Portions($"parties[{index}].position.points", party.Position.Points)),
                ("red_lines", Portions($"parties[{index}].position.red_lines", party.Position.RedLines)))),
            ("quotes", Arr(party.Quotes.Select((q, i) => Obj(
                ("text", Portion($"parties[{index}].quotes[{i}]", q.Text)),
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

        private ScriptObject TimelineEntry(TimelineEntry entry, int index) => Obj(
            ("date", entry.Date.ToString()),
            ("event", Portion($"timeline[{index}]", entry.Event)),
            ("source", entry.Source));

        private static ScriptObject Source(Source source) => Obj(
            ("id", source.Id),
            ("title", source.Title),
            ("publisher", source.Publisher),
            ("date", source.Date is { } d ? Iso(d) : null),
            ("url", source.Url),
            ("file", source.File));

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
    }

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
