using Briefing.Diagnostics;
using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets.Format;

/// <summary>Checks a <see cref="SheetNode"/> tree against a <see cref="Shape"/>, then the ids it refers to.</summary>
/// <remarks>Reports every problem it finds and goes on; a value that is wrong is not looked into further.</remarks>
internal sealed class FormatValidator
{
    private readonly DiagnosticBag _bag;
    private readonly Shape _root;
    private readonly Dictionary<IdScope, Dictionary<string, SourcePoint>> _ids = [];
    private readonly List<(IdScope Scope, SheetScalar Value, string Path)> _references = [];
    private readonly string? _version;

    private FormatValidator(DiagnosticBag bag, Shape root, string? version)
    {
        _bag = bag;
        _root = root;
        _version = version;
    }

    public static void Validate(SheetNode root, Shape shape, DiagnosticBag bag)
    {
        // Keys of a later version are refused in an earlier one; a file without a readable version is judged by the rest.
        var version = (root as SheetMap)?["schema"] is SheetScalar schema ? schema.Value : null;
        var validator = new FormatValidator(bag, shape, version);
        validator.Check(root, shape, "");
        validator.ResolveReferences();
    }

    /// <returns>True when the node itself has the shape (problems inside it are reported separately).</returns>
    private bool Check(SheetNode node, Shape shape, string path)
    {
        switch (shape, node)
        {
            case (_, SheetInvalid):
                return false;
            case (AnyShape, _):
                return true;
            case (ScalarShape scalarShape, SheetScalar scalar):
                return CheckScalar(scalar, scalarShape.Rule, path);
            case (ScalarOrListShape either, SheetList):
                return Check(node, either.List, path);
            case (ScalarOrListShape either, SheetScalar scalar):
                return CheckScalar(scalar, either.Scalar.Rule, path);
            case (PortionShape portion, SheetScalar scalar):
                return CheckScalar(scalar, portion.Text.Rule, path);
            case (PortionShape portion, SheetMap map):
                if (!IsKnownIn(portion.Version))
                {
                    Error(map.Start, $"{Name(path)} must be {portion.Text.Expected}, found a map",
                        $"the form {{ text: ..., marking: ... }} is part of `{portion.Version}`; write `schema: {portion.Version}`");
                    return false;
                }

                CheckMap(map, portion.Marked, path);
                return true;
            case (ListShape listShape, SheetList list):
                CheckList(list, listShape, path);
                return true;
            case (MapShape mapShape, SheetMap map):
                CheckMap(map, mapShape, path);
                return true;
            default:
                Error(node.Start, $"{Name(path)} must be {shape.Expected}, found {Describe(node)}");
                return false;
        }
    }

    private bool CheckScalar(SheetScalar scalar, ScalarRule rule, string path)
    {
        var hint = rule.Check(scalar);
        if (hint is null) return true;
        Error(scalar.Start, $"{Name(path)} must be {rule.Expected}, found {Describe(scalar)}", hint.Length == 0 ? null : hint);
        return false;
    }

    private void CheckList(SheetList list, ListShape shape, string path)
    {
        if (list.Items.Count < shape.MinItems)
        {
            Error(list.Start, shape.MinItems == 1
                ? $"{Name(path)} must have at least one item"
                : $"{Name(path)} must have at least {shape.MinItems} items");
        }

        SourcePoint? firstTrue = null;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var itemPath = $"{path}[{i}]";
            if (!Check(item, shape.Item, itemPath) || item is not SheetMap map) continue;

            if (shape.IdScope is { } scope && map.Find("id") is { Value: SheetScalar id } && ScalarFormats.IsSlug(id.Value))
            {
                DefineId(scope, id);
            }

            if (shape.SingleTrue is { } key && map.Find(key) is { Value: SheetScalar { IsPlain: true, Value: "true" } } entry)
            {
                if (firstTrue is { } first)
                {
                    var noun = shape.Item is MapShape m ? m.Noun : "item";
                    Error(entry.Key.Start, $"only one {noun} of {Name(path)} may have `{key}: true`", $"the first is at line {first.Line}");
                }
                else
                {
                    firstTrue = entry.Key.Start;
                }
            }
        }
    }

    private void CheckMap(SheetMap map, MapShape shape, string path)
    {
        for (var e = 0; e < map.Entries.Count; e++)
        {
            var entry = map.Entries[e];
            var key = entry.Key.Value;
            var entryPath = path.Length == 0 ? key : $"{path}.{key}";
            if (shape.Find(key) is not { } field)
            {
                ReportUnknownKey(entry.Key, shape, path);
                continue;
            }

            if (field.Since is { } since && !IsKnownIn(since))
            {
                Error(entry.Key.Start, $"`{entryPath}` is part of `{since}`", $"write `schema: {since}` at the top");
                continue;
            }

            if (Check(entry.Value, field.Shape, entryPath) && field.RefersTo is { } scope && entry.Value is SheetScalar value)
            {
                _references.Add((scope, value, entryPath));
            }
        }

        foreach (var field in shape.Fields)
        {
            if (field.Required && map.Find(field.Key) is null && !IsInOneOf(shape, field.Key))
            {
                Error(map.Start, $"{Name(path)} is missing the required key `{field.Key}`");
            }
        }

        foreach (var group in shape.OneOf ?? [])
        {
            var given = map.Entries.Where(e => group.Contains(e.Key.Value)).ToList();
            if (given.Count == 0)
            {
                Error(map.Start, $"{Name(path)} needs {Alternatives(group)}");
            }
            else if (given.Count > 1)
            {
                Error(given[1].Key.Start, $"{Name(path)} has both `{given[0].Key.Value}` and `{given[1].Key.Value}`; give only one of {Alternatives(group)}");
            }
        }

        CheckOrder(map, shape, path);

        foreach (var (key, other) in shape.Needs ?? [])
        {
            if (map.Find(key) is { } entry && map.Find(other) is null)
            {
                Error(entry.Key.Start, $"`{(path.Length == 0 ? key : $"{path}.{key}")}` is given without `{other}`", $"`{key}` is allowed only together with `{other}`");
            }
        }
    }

    private void CheckOrder(SheetMap map, MapShape shape, string path)
    {
        foreach (var (earlier, later) in shape.InOrder ?? [])
        {
            if (map[earlier] is SheetScalar first && ScalarFormats.ParseDateTime(first.Value) is { } from
                && map[later] is SheetScalar second && ScalarFormats.ParseDateTime(second.Value) is { } to
                && Instant(to, from) < Instant(from, to))
            {
                var name = path.Length == 0 ? later : $"{path}.{later}";
                Error(second.Start, $"`{name}` is before `{earlier}`", $"`{earlier}` is {from}");
            }
        }
    }

    // Two times with offsets compare as instants; otherwise both are read as local times of the same place.
    private static DateTime Instant(EventTime time, EventTime other) =>
        time.Offset is { } offset && other.Offset is not null
            ? new DateTimeOffset(time.Local, offset).UtcDateTime
            : time.Local;

    private void ReportUnknownKey(SheetScalar key, MapShape shape, string path)
    {
        if (_bag.IsFull)
        {
            // Hints cost a search per key; a flood of unknown keys should not cost a flood of searches.
            Error(key.Start, "unknown key");
            return;
        }

        var known = shape.Fields.Select(f => f.Key).ToList();
        var where = path.Length == 0 ? "" : $" in `{path}`";
        var homes = KeyHomes.Of(_root, key.Value);
        var hint = KeySuggestion.Closest(key.Value, known) is { } close
            ? $"did you mean `{close}`?"
            : homes.Count > 0
                ? $"`{key.Value}` belongs in {string.Join(" or ", homes.Select(h => h.Length == 0 ? "the top level" : $"`{h}`"))}"
                : $"known keys{where}: {string.Join(", ", known.Select(k => $"`{k}`"))}"
                  + (shape.Find("extra") is null ? "" : "; free-form data goes under `extra`");
        Error(key.Start, $"unknown key {Quote(key.Value)}{where}", hint);
    }

    private void DefineId(IdScope scope, SheetScalar id)
    {
        if (!_ids.TryGetValue(scope, out var ids)) _ids[scope] = ids = new Dictionary<string, SourcePoint>(StringComparer.Ordinal);
        if (ids.TryGetValue(id.Value, out var first))
        {
            Error(id.Start, $"duplicate {scope.Noun} id `{id.Value}`", $"ids in `{scope.ListKey}` must be unique; the first is at line {first.Line}");
            return;
        }

        ids.Add(id.Value, id.Start);
    }

    private void ResolveReferences()
    {
        foreach (var (scope, value, path) in _references)
        {
            var ids = _ids.GetValueOrDefault(scope) ?? [];
            if (ids.ContainsKey(value.Value)) continue;
            var hint = ids.Count == 0
                ? $"`{scope.ListKey}` defines no ids"
                : KeySuggestion.Closest(value.Value, ids.Keys) is { } close
                    ? $"did you mean `{close}`?"
                    : $"ids in `{scope.ListKey}`: {string.Join(", ", ids.Keys.Select(k => $"`{k}`"))}";
            Error(value.Start, $"`{path}` names an unknown {scope.Noun} `{value.Value}`", hint);
        }
    }

    // Versions are `briefing/v1` and `briefing/v1.1`: ordinal order of the text is their order.
    private bool IsKnownIn(string since) => _version is null || string.CompareOrdinal(_version, since) >= 0;

    private static bool IsInOneOf(MapShape shape, string key) => shape.OneOf?.Any(g => g.Contains(key)) == true;

    private static string Alternatives(IReadOnlyList<string> keys) =>
        string.Join(" or ", keys.Select(k => $"`{k}`"));

    private string Name(string path) => path.Length == 0 ? $"the {(_root as MapShape)?.Noun ?? "file"}" : $"`{path}`";

    private static string Describe(SheetNode node) => node switch
    {
        SheetMap => "a map",
        SheetList => "a list",
        SheetScalar { IsBlank: true } => "an empty value",
        SheetScalar s => Quote(s.Value),
        _ => "an invalid value",
    };

    /// <summary>A value in backticks, shortened and on one line, so a message stays one readable line.</summary>
    private static string Quote(string value)
    {
        const int Max = 60;
        var text = value.Length > Max ? value[..Max] + "..." : value;
        return "`" + text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t") + "`";
    }

    private void Error(SourcePoint at, string message, string? hint = null) => _bag.Error(at.Line, at.Column, message, hint);
}
