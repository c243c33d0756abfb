using Briefing.Diagnostics;
using Briefing.FactSheets.Format;
using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets.Markings;

/// <summary>Finds every portion of a validated fact sheet and reads its mark in the sheet's scheme.</summary>
/// <remarks>
/// Walks the format beside the tree, so whatever the format calls a portion (<see cref="PortionShape"/>, a map with
/// <see cref="MapShape.PortionText"/>) is checked, and a portion added to the format later cannot be forgotten here.
/// </remarks>
internal sealed class PortionReader
{
    private readonly MarkingScheme? _scheme;
    private readonly DiagnosticBag _bag;
    private readonly List<MarkedPortion> _portions = [];

    private PortionReader(MarkingScheme? scheme, DiagnosticBag bag)
    {
        _scheme = scheme;
        _bag = bag;
    }

    /// <summary>
    /// The portions in file order. Without a scheme nothing is read as a mark, and a <c>marking</c> key is an error:
    /// a mark that no scheme checks would print a claim nobody verified.
    /// </summary>
    public static IReadOnlyList<MarkedPortion> Read(SheetMap root, MapShape format, MarkingScheme? scheme, DiagnosticBag bag)
    {
        var reader = new PortionReader(scheme, bag);
        reader.Walk(root, format, "");
        return reader._portions;
    }

    private void Walk(SheetNode node, Shape shape, string path)
    {
        switch (shape, node)
        {
            case (PortionShape, SheetScalar scalar):
                FromPrefix(scalar, scalar, path);
                break;
            case (PortionShape, SheetMap map):
                FromKey(map, (SheetScalar)map["text"]!, path);
                break;
            case (ListShape list, SheetList items):
                for (var i = 0; i < items.Items.Count; i++) Walk(items.Items[i], list.Item, $"{path}[{i}]");
                break;
            case (MapShape { PortionText: { } textKey }, SheetMap map):
                FromKey(map, (SheetScalar)map[textKey]!, path);
                break;
            case (MapShape mapShape, SheetMap map):
                for (var e = 0; e < map.Entries.Count; e++)
                {
                    var entry = map.Entries[e];
                    if (mapShape.Find(entry.Key.Value) is { Shape: not AnyShape } field)
                    {
                        Walk(entry.Value, field.Shape, path.Length == 0 ? entry.Key.Value : $"{path}.{entry.Key.Value}");
                    }
                }

                break;
        }
    }

    private void FromKey(SheetMap map, SheetScalar text, string path)
    {
        if (map["marking"] is not SheetScalar marking)
        {
            FromPrefix(map, text, path);
            return;
        }

        if (_scheme is null)
        {
            Error(marking.Start, $"`{path}.marking` needs a marking scheme", "declare one at the top: `markings: us`, `uk`, `nato` or a scheme file");
            return;
        }

        var parsed = MarkingParser.Portion(_scheme, marking.Value);
        if (parsed.Marking is not { } mark)
        {
            Error(marking.Start, $"`{path}.marking` is an unknown portion mark `{marking.Value.Trim()}`: {parsed.Problem}", _scheme.ValidPortionMarks());
            return;
        }

        if (SplitPrefix(text.Value) is { } prefix && MarkingParser.Portion(_scheme, prefix.Mark).Marking is not null)
        {
            Error(text.Start, $"`{path}` has a mark in its text and a `marking` key", "give the mark once");
            return;
        }

        _portions.Add(new MarkedPortion(path, map, marking.Start, mark, text.Value.Trim()));
    }

    private void FromPrefix(SheetNode node, SheetScalar text, string path)
    {
        if (_scheme is null) return;
        var value = text.Value.TrimStart();
        if (SplitPrefix(value) is not { } prefix)
        {
            var problem = value.StartsWith('(') ? "the mark has no closing `)`, or no text follows it" : "no portion mark";
            Error(text.Start, $"`{path}` has {(value.StartsWith('(') ? "a malformed portion mark: " + problem : problem)}",
                $"start the text with its mark, e.g. `({_scheme.Levels[0].Portion}) ...`, or write {{ text: ..., marking: ... }}; {_scheme.ValidPortionMarks()}");
            return;
        }

        var parsed = MarkingParser.Portion(_scheme, prefix.Mark);
        if (parsed.Marking is not { } mark)
        {
            Error(text.Start, $"`{path}` has an unknown portion mark `({prefix.Mark})`: {parsed.Problem}", _scheme.ValidPortionMarks());
            return;
        }

        _portions.Add(new MarkedPortion(path, node, text.Start, mark, prefix.Text));
    }

    /// <summary>"(S//NF) Text" as the mark "S//NF" and the text "Text"; null when the text does not start so.</summary>
    public static (string Mark, string Text)? SplitPrefix(string value)
    {
        value = value.TrimStart();
        if (!value.StartsWith('(')) return null;
        var close = value.IndexOf(')');
        if (close < 0 || close + 1 >= value.Length || !char.IsWhiteSpace(value[close + 1])) return null;
        var text = value[(close + 1)..].Trim();
        return text.Length == 0 ? null : (value[1..close], text);
    }

    private void Error(SourcePoint at, string message, string? hint = null) => _bag.Error(at.Line, at.Column, message, hint);
}
