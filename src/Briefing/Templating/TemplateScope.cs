using System.Collections;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>
/// What a template can name at one place of its text: the globals, the loop variables of the loops around it,
/// the variables assigned or captured before it, and the parameters of the function it is in.
/// </summary>
internal sealed class TemplateScope(IPageSource source, IReadOnlyList<ScriptObject> globals)
{
    /// <summary>The variable names reachable at <paramref name="place"/> of the file the span names.</summary>
    public IReadOnlyCollection<string> VariablesAt(SourceSpan place)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var global in globals)
        {
            names.UnionWith(global.Keys);
        }
        foreach (var page in source.For(place.FileName))
        {
            var here = SameFile(page, place);
            foreach (var node in Nodes(page))
            {
                switch (node)
                {
                    case ScriptForStatement loop when here && Contains(loop.Span, place):
                        Add(names, loop.Variable);
                        break;
                    case ScriptAssignExpression assign when !here || Before(assign.Span, place):
                        Add(names, assign.Target);
                        break;
                    case ScriptCaptureStatement capture when !here || Before(capture.Span, place):
                        Add(names, capture.Target);
                        break;
                    case ScriptFunction function:
                        Add(names, function.NameOrDoToken);
                        if (here && Contains(function.Span, place) && function.Parameters is { } parameters)
                        {
                            foreach (var parameter in parameters)
                            {
                                Add(names, parameter.Name);
                            }
                        }
                        break;
                }
            }
        }
        return names;
    }

    /// <summary>The member expression whose member is named at <paramref name="place"/>, if any.</summary>
    public ScriptMemberExpression? MemberAt(SourceSpan place, string name) =>
        source.For(place.FileName).Where(p => SameFile(p, place)).SelectMany(Nodes).OfType<ScriptMemberExpression>()
            .FirstOrDefault(m => m.Member?.Name == name && (Contains(m.Member.Span, place) || Contains(m.Span, place)));

    /// <summary>The indexer expression at <paramref name="place"/>, if any.</summary>
    public ScriptIndexerExpression? IndexerAt(SourceSpan place) =>
        source.For(place.FileName).Where(p => SameFile(p, place)).SelectMany(Nodes).OfType<ScriptIndexerExpression>()
            .LastOrDefault(m => Contains(m.Span, place));

    /// <summary>
    /// The value an expression of the template stands for, as far as it can be known without running it:
    /// a path from a global (<c>brief.event.venue</c>) or from a loop variable (its list's first item).
    /// </summary>
    public object? ValueOf(ScriptExpression? expression, SourceSpan place)
    {
        switch (expression)
        {
            case ScriptVariable variable:
                foreach (var global in globals)
                {
                    if (global.TryGetValue(variable.Name, out var value))
                    {
                        return value;
                    }
                }
                var loop = source.For(place.FileName).Where(p => SameFile(p, place)).SelectMany(Nodes).OfType<ScriptForStatement>()
                    .Where(l => Contains(l.Span, place) && l.Variable is ScriptVariable v && v.Name == variable.Name)
                    .LastOrDefault();
                return loop?.Iterator is { } iterator && ValueOf(iterator, iterator.Span) is IList { Count: > 0 } list ? list[0] : null;
            case ScriptMemberExpression member:
                return member.Member is { } name && ValueOf(member.Target, place) is ScriptObject obj && obj.TryGetValue(name.Name, out var field) ? field : null;
            case ScriptNestedExpression nested:
                return ValueOf(nested.Expression, place);
            default:
                return null;
        }
    }

    private static void Add(SortedSet<string> names, ScriptNode? node)
    {
        if (node is ScriptVariable variable)
        {
            names.Add(variable.Name);
        }
    }

    private static bool SameFile(ScriptPage page, SourceSpan place) => string.Equals(page.Span.FileName, place.FileName, StringComparison.Ordinal);

    private static bool Contains(SourceSpan outer, SourceSpan place) =>
        outer.Start.Offset <= place.Start.Offset && place.Start.Offset <= outer.End.Offset;

    private static bool Before(SourceSpan span, SourceSpan place) => span.Start.Offset < place.Start.Offset;

    private static IEnumerable<ScriptNode> Nodes(ScriptNode node)
    {
        var stack = new Stack<ScriptNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in current.Children)
            {
                if (child is not null)
                {
                    stack.Push(child);
                }
            }
        }
    }
}
