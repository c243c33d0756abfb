using Briefing.FactSheets.Format;

namespace Briefing.FactSheets.Yaml;

/// <summary>Reads values out of a map that has already passed <see cref="FormatValidator"/>.</summary>
/// <remarks>Anything unexpected here is a bug in the format definition, so it throws.</remarks>
internal static class SheetValues
{
    public static string? Text(this SheetMap map, string key) => map[key] switch
    {
        null => null,
        SheetScalar s => s.Value.Trim(),
        var other => throw Unexpected(key, other),
    };

    public static string RequiredText(this SheetMap map, string key) =>
        map.Text(key) ?? throw new InvalidOperationException($"`{key}` should have been required by the format");

    public static IReadOnlyList<string> Texts(this SheetMap map, string key) => map[key] switch
    {
        null => [],
        SheetScalar s => [s.Value.Trim()],
        SheetList list => list.Items.Select(i => ((SheetScalar)i).Value.Trim()).ToList(),
        var other => throw Unexpected(key, other),
    };

    public static IReadOnlyList<T> Maps<T>(this SheetMap map, string key, Func<SheetMap, T> build) => map[key] switch
    {
        null => [],
        SheetList list => list.Items.Select(i => build((SheetMap)i)).ToList(),
        var other => throw Unexpected(key, other),
    };

    public static SheetMap? Map(this SheetMap map, string key) => map[key] switch
    {
        null => null,
        SheetMap m => m,
        var other => throw Unexpected(key, other),
    };

    public static bool Bool(this SheetMap map, string key, bool absent) => map.Text(key) switch
    {
        null => absent,
        var text => text == "true",
    };

    public static DateOnly? Date(this SheetMap map, string key) =>
        map.Text(key) is { } text ? ScalarFormats.ParseDate(text) ?? throw Unexpected(key, map[key]!) : null;

    public static EventTime? DateTime(this SheetMap map, string key) =>
        map.Text(key) is { } text ? ScalarFormats.ParseDateTime(text) ?? throw Unexpected(key, map[key]!) : null;

    private static InvalidOperationException Unexpected(string key, SheetNode node) =>
        new($"`{key}` at {node.Start.Line}:{node.Start.Column} should have been rejected by the format");
}
