using System.Collections.Frozen;
using System.Reflection;
using Briefing.Diagnostics;
using Briefing.FactSheets.Format;
using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets.Markings;

/// <summary>Reads a marking scheme: a shipped one by name (<c>us</c>, <c>uk</c>, <c>nato</c>) or a YAML file.</summary>
public static class SchemeLoader
{
    /// <summary>The schemes shipped inside the library.</summary>
    public static IReadOnlyList<string> Shipped { get; } = ["us", "uk", "nato"];

    /// <summary>Largest scheme file accepted, in bytes.</summary>
    public const int MaxBytes = 256 * 1024;

    // A shipped scheme is part of the program and never changes, so it is read once, when first asked for: every
    // fact sheet names one, and reading it took a sixth of the time of loading a fact sheet.
    private static readonly FrozenDictionary<string, Lazy<MarkingScheme>> ShippedSchemes =
        Shipped.ToFrozenDictionary(id => id, id => new Lazy<MarkingScheme>(() => Read(id)), StringComparer.Ordinal);

    /// <summary>A shipped scheme; these are part of the program, so a problem in one is a bug.</summary>
    public static MarkingScheme LoadShipped(string id) =>
        ShippedSchemes.TryGetValue(id, out var scheme) ? scheme.Value : Read(id);

    private static MarkingScheme Read(string id)
    {
        using var stream = typeof(SchemeLoader).Assembly.GetManifestResourceStream($"Briefing.Schemes.{id}.yaml")
            ?? throw new ArgumentException($"no shipped marking scheme `{id}`", nameof(id));
        using var reader = new StreamReader(stream);
        var result = Load(id, $"{id}.yaml", reader.ReadToEnd());
        return result.Scheme ?? throw new InvalidOperationException(
            $"the shipped scheme `{id}` is invalid: {string.Join("; ", result.Diagnostics)}");
    }

    /// <summary>Reads a scheme from its text; <paramref name="displayPath"/> names the file in diagnostics.</summary>
    public static SchemeLoadResult Load(string id, string displayPath, string text)
    {
        var bag = new DiagnosticBag(displayPath);
        var checkedText = SheetText.Check(text, bag);
        var root = checkedText is null ? null : SheetReader.Read(checkedText, bag);
        if (root is null or SheetScalar { IsNull: true })
        {
            if (!bag.HasErrors) bag.Error(1, 1, "the marking scheme is empty", "a scheme gives `name` and `levels`");
            return new SchemeLoadResult(null, bag.ToSortedList());
        }

        FormatValidator.Validate(root, SchemeFormat.Root, bag);
        if (bag.HasErrors || root is not SheetMap map) return new SchemeLoadResult(null, bag.ToSortedList());
        var scheme = Build(id, map, bag);
        return new SchemeLoadResult(bag.HasErrors ? null : scheme, bag.ToSortedList());
    }

    private static MarkingScheme Build(string id, SheetMap map, DiagnosticBag bag)
    {
        var levelNodes = (SheetList)map["levels"]!;
        var levels = levelNodes.Items.Cast<SheetMap>().Select((l, i) => new MarkingLevel(
            l.RequiredText("portion"), l.RequiredText("banner"), i, l.Bool("open", absent: false), l.Text("indicator"))).ToList();
        var controlNodes = map["controls"] as SheetList;
        var controls = (controlNodes?.Items ?? []).Cast<SheetMap>().Select(c => new DisseminationControl(
            c.RequiredText("portion"), c.RequiredText("banner"), c.Bool("release", absent: false),
            c.Bool("excludes_release", absent: false), c.Text("first"), c.Text("when_none"))).ToList();
        var scheme = new MarkingScheme(id, map.RequiredText("name"), levels, controls, map["banner_separator"] is SheetScalar s ? s.Value : "//");

        var spellings = new Dictionary<string, SourcePoint>(StringComparer.Ordinal);
        var parts = levelNodes.Items.Cast<SheetMap>().Concat(controlNodes?.Items.Cast<SheetMap>() ?? []);
        foreach (var part in parts)
        {
            foreach (var key in new[] { "portion", "banner" })
            {
                var value = (SheetScalar)part[key]!;
                var text = value.Value.Trim();
                if (text.Contains(MarkingScheme.PortionSeparator, StringComparison.Ordinal) || text.IndexOfAny(['(', ')']) >= 0)
                {
                    bag.Error(value.Start.Line, value.Start.Column, $"`{text}` may not contain `//` or parentheses", "they delimit the parts of a mark");
                }

                if (spellings.TryGetValue(key + ":" + text, out var first))
                {
                    bag.Error(value.Start.Line, value.Start.Column, $"the {key} spelling `{text}` is given twice", $"the first is at line {first.Line}");
                }
                else
                {
                    spellings[key + ":" + text] = value.Start;
                }
            }
        }

        if (controls.Count(c => c.IsRelease) > 1)
        {
            var second = controlNodes!.Items.Cast<SheetMap>().Where(c => c.Bool("release", absent: false)).Skip(1).First();
            bag.Error(second.Start.Line, second.Start.Column, "a scheme has at most one release list (`release: true`)");
        }

        foreach (var node in controlNodes?.Items.Cast<SheetMap>() ?? [])
        {
            if (node["when_none"] is SheetScalar none && !controls.Any(c => !c.IsRelease && c.Portion == none.Value.Trim()))
            {
                bag.Error(none.Start.Line, none.Start.Column, $"`when_none` names no restrictive control of this scheme: `{none.Value.Trim()}`",
                    "give the portion spelling of a control without `release: true`");
            }
        }

        return scheme;
    }
}
