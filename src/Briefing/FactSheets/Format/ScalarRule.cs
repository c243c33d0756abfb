using System.Text.RegularExpressions;
using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets.Format;

/// <summary>How a scalar is checked, and how the JSON schema describes the same check.</summary>
/// <remarks>
/// <c>Noun</c>: The kind of value, for list messages: "text", "date".<br/>
/// <c>Expected</c>: The value as messages expect it: "a date (YYYY-MM-DD)".<br/>
/// <c>Check</c>: Null when the scalar is acceptable, else a hint (empty for none).<br/>
/// <c>JsonTypes</c>: The JSON types a YAML editor sees for an acceptable value.<br/>
/// </remarks>
internal sealed record ScalarRule(
    string Noun,
    string Expected,
    Func<SheetScalar, string?> Check,
    IReadOnlyList<string> JsonTypes,
    string? Pattern = null,
    IReadOnlyList<string>? Enum = null,
    string? JsonFormat = null)
{
    /// <summary>Text is any non-blank scalar: <c>title: 2025</c> is the text "2025", as written.</summary>
    public static readonly ScalarRule Text = new("text", "text",
        s => s.IsBlank ? "" : null, ["string", "number", "boolean"], Pattern: @"\S");

    public static readonly ScalarRule Slug = Matching("slug",
        $"a slug (lower-case letters, digits and `-`, starting with a letter, at most {ScalarFormats.SlugMaxLength} characters)", ScalarFormats.SlugPattern,
        s => s.Length > ScalarFormats.SlugMaxLength
            ? $"it has {s.Length} characters; an id names the output files, whose names have room for {ScalarFormats.SlugMaxLength}"
            : s.Any(char.IsUpper) && ScalarFormats.IsSlug(s.ToLowerInvariant()) ? $"write `{s.ToLowerInvariant()}`" : "");

    public static readonly ScalarRule Date = new("date", "a date (YYYY-MM-DD)", s => ScalarFormats.ParseDate(s.Value) is null
        ? ScalarFormats.ParsePartialDate(s.Value) is not null ? "a month or a year alone is allowed only in `timeline`" : DateHint(s.Value)
        : null, ["string"], ScalarFormats.DatePattern);

    public static readonly ScalarRule PartialDate = new("date", "a date (YYYY-MM-DD, YYYY-MM or YYYY)",
        s => ScalarFormats.ParsePartialDate(s.Value) is null ? DateHint(s.Value) : null,
        ["string", "number"], ScalarFormats.PartialDatePattern);

    public static readonly ScalarRule DateTime = new("date-time", "a date-time (YYYY-MM-DDTHH:MM, optionally with an offset such as `+03:00`)",
        s => ScalarFormats.ParseDateTime(s.Value) is null
            ? ScalarFormats.DateTimeShape.IsMatch(s.Value) ? "no such date or time" : ""
            : null,
        ["string"], ScalarFormats.DateTimePattern);

    public static readonly ScalarRule Bool = new("boolean", "`true` or `false`", s => s switch
    {
        { IsPlain: true, Value: "true" or "false" } => null,
        { IsPlain: false } => "quotes make it text",
        { Value: var v } when v.ToLowerInvariant() is "yes" or "no" or "on" or "off" or "y" or "n" or "true" or "false" =>
            "only `true` and `false` are booleans here",
        _ => "",
    }, ["boolean"]);

    public static readonly ScalarRule Language = Matching("language tag",
        "a BCP 47 language tag such as `en`, `ru` or `ar-SA`", ScalarFormats.LanguagePattern, _ => "");

    // Only web addresses: a source link is printed and clicked, so `javascript:`, `file:`, `data:` or `ftp:` would
    // run script, open local files or fetch outside the web; templates refuse them too, so validate must.
    public static readonly ScalarRule Url = new("URL", "an absolute URL such as `https://example.org/page`",
        s => IsWebUrl(s.Value) ? null
            : IsAbsoluteUrl(s.Value) ? $"`{s.Value[..s.Value.IndexOf(':', StringComparison.Ordinal)]}:` addresses are not allowed; only http and https are"
            : "",
        ["string"], JsonFormat: "uri");

    /// <summary>A file beside the fact sheet or below its folder: relative, forward slashes, never `..`.</summary>
    public static readonly ScalarRule RelativePath = new("path", "a relative path such as `sources/article.txt`",
        s => ScalarFormats.IsRelativePath(s.Value) ? null
            : s.Value.Contains('\\') ? "use `/` between folders" : "the file must lie in the fact sheet's folder or below it",
        ["string"], ScalarFormats.RelativePathPattern);

    /// <summary>Exactly one of <paramref name="values"/>, as written.</summary>
    public static ScalarRule OneOf(params string[] values) => new(
        "value",
        values.Length == 1 ? $"`{values[0]}`" : "one of " + string.Join(", ", values.Select(v => $"`{v}`")),
        s => values.Contains(s.Value, StringComparer.Ordinal) ? null
            : values.FirstOrDefault(v => string.Equals(v, s.Value.Trim(), StringComparison.OrdinalIgnoreCase)) is { } close
                ? $"write `{close}`" : "",
        ["string"], Enum: values);

    private static ScalarRule Matching(string noun, string expected, string pattern, Func<string, string> hint)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        return new ScalarRule(noun, expected, s => regex.IsMatch(s.Value) ? null : hint(s.Value), ["string"], pattern);
    }

    private static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && value.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);

    // On Unix, .NET reads "/some/path" as an absolute file URI; a source link is not a local path.
    private static bool IsAbsoluteUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme != Uri.UriSchemeFile || value.StartsWith("file:", StringComparison.OrdinalIgnoreCase));

    private static string DateHint(string value) =>
        ScalarFormats.DateShape.IsMatch(value) || ScalarFormats.PartialDateShape.IsMatch(value) ? "no such date in the calendar" : "";
}
