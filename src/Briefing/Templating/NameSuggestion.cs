using System.Text.RegularExpressions;
using Briefing.FactSheets.Format;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>
/// Rewrites Scriban's messages about unknown names, members and keys into ours: they name what was looked up
/// where, suggest a name from what is in scope at that place, and say what to do.
/// </summary>
internal sealed partial class NameSuggestion(TemplateScope scope, Func<SourceSpan, string> sourceOf)
{
    /// <summary>Our message and hint for a Scriban runtime message, or null when it is not about a name.</summary>
    public (string Message, string Hint)? For(string message, SourceSpan place)
    {
        if (UnknownVariable().Match(message) is { Success: true } variable)
        {
            var name = variable.Groups["name"].Value;
            var names = scope.VariablesAt(place);
            var close = KeySuggestion.Closest(name, names.Where(n => n != name));
            return ($"unknown variable or function `{name}`",
                close is not null ? $"did you mean `{close}`?" : $"set it before this line (`{{{{ {name} = ... }}}}`) or check the spelling; the names here: {string.Join(", ", names)}");
        }
        if (UnknownMember().Match(message) is { Success: true } member)
        {
            var name = member.Groups["name"].Value;
            var expression = scope.MemberAt(place, name);
            var target = expression?.Target is { } t ? sourceOf(t.Span) : null;
            var value = expression?.Target is { } v ? scope.ValueOf(v, place) : null;
            var where = target is null ? "" : $" in `{target}`";
            if (value is ScriptObject { Count: > 0 } helpers && helpers.Values.All(v => v is IScriptCustomFunction or ScriptObject))
            {
                var names = helpers.Keys.Order(StringComparer.Ordinal).ToList();
                var close = KeySuggestion.Closest(name, names);
                return ($"no function `{name}` in `{target}`",
                    close is not null ? $"did you mean `{close}`?" : $"the functions of `{target}`: {string.Join(", ", names)}");
            }
            if (value is ScriptObject obj)
            {
                var keys = obj.Keys.Order(StringComparer.Ordinal).ToList();
                var close = KeySuggestion.Closest(name, keys);
                var known = keys.Count == 0 ? "it has no keys" : $"it has: {string.Join(", ", keys)}";
                return ($"no key `{name}`{where}",
                    close is not null ? $"did you mean `{close}`?"
                        : $"{known}; when the key is optional, test for it first: `{{{{ if object.has_key {target} \"{name}\" }}}}`");
            }
            return ($"no key `{name}`{where}",
                $"check the spelling; when the key is optional, test for it first: `{{{{ if object.has_key {target ?? "map"} \"{name}\" }}}}`");
        }
        if (NoIndexer().Match(message) is { Success: true } indexer)
        {
            var expression = scope.IndexerAt(place);
            var target = expression?.Target is { } t ? sourceOf(t.Span) : indexer.Groups["target"].Value;
            var index = expression?.Index is { } i ? sourceOf(i.Span) : indexer.Groups["index"].Value;
            return ($"`{target}[{index}]`: `{target}` is empty (null) or has no key {index}",
                $"test it first: `{{{{ if {target} && object.has_key {target} {index} }}}}`");
        }
        if (NullTarget().Match(message) is { Success: true } empty)
        {
            var target = empty.Groups["target"].Value;
            return ($"`{target}` is empty (null), so `{empty.Groups["path"].Value}` cannot be read",
                $"test it first: `{{{{ if {target} }}}}`; a key the fact sheet leaves out is null");
        }
        return null;
    }

    [GeneratedRegex(@"^Object `(?<target>[^`]+)` is null\. Cannot access member: (?<path>\S+)")]
    private static partial Regex NullTarget();

    [GeneratedRegex(@"variable or function `?(?<name>[A-Za-z_][A-Za-z0-9_]*)`? was not found")]
    private static partial Regex UnknownVariable();

    [GeneratedRegex(@"member with name `?(?<name>[A-Za-z_][A-Za-z0-9_]*)`?")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"Cannot access target `(?<target>[^`]*)` with an indexer: (?<index>.*)$")]
    private static partial Regex NoIndexer();
}
