using System.Collections;
using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>"Did you mean `red_lines`?" for a misspelt variable, member or helper name.</summary>
/// <remarks>Scriban names the unknown name but not the object it was looked up on, so candidates are all names the template can reach.</remarks>
internal sealed partial class NameSuggestion
{
    private const int MaxDepth = 8;
    private readonly SortedSet<string> _names = new(StringComparer.Ordinal);

    public NameSuggestion(IEnumerable<ScriptObject> roots)
    {
        foreach (var root in roots) Collect(root, 0);
    }

    /// <summary>A hint for a Scriban message about an unknown name, or null when nothing is close.</summary>
    public string? For(string message)
    {
        var match = UnknownName().Match(message);
        if (!match.Success) return null;
        var unknown = match.Groups["name"].Value;
        var best = _names
            .Select(n => (Name: n, Distance: Distance(unknown, n)))
            .Where(c => c.Distance <= Math.Max(1, unknown.Length / 3) && c.Name != unknown)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? null : $"did you mean `{best.Name}`?";
    }

    private void Collect(object? value, int depth)
    {
        if (depth > MaxDepth) return;
        switch (value)
        {
            case ScriptObject obj:
                foreach (var (key, member) in obj)
                {
                    _names.Add(key);
                    Collect(member, depth + 1);
                }
                break;
            case IList list when list.Count > 0:
                Collect(list[0], depth + 1);
                break;
        }
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"(?:member with name|variable or function) `?(?<name>[A-Za-z_][A-Za-z0-9_]*)`?")]
    private static partial Regex UnknownName();
}
