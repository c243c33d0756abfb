using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>
/// The template's output, noting for every line of it the template line that wrote its first visible text: the
/// node Scriban is evaluating at that moment, a piece of template text or a <c>{{ }}</c> that prints a value.
/// </summary>
internal sealed class PlacedOutput(TemplateContext context) : IScriptOutput
{
    private readonly StringBuilder text = new();
    private readonly List<SourceSpan?> lines = [null];

    /// <summary>Per output line (index 0 is line 1), the span of the node that wrote its first visible text.</summary>
    public IReadOnlyList<SourceSpan?> Lines => lines;

    public void Write(string value, int offset, int count)
    {
        for (var i = offset; i < offset + count; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                lines.Add(null);
            }
            else if (lines[^1] is null && !char.IsWhiteSpace(c) && context.CurrentNode is { } node)
            {
                lines[^1] = node.Span;
            }
        }

        text.Append(value, offset, count);
    }

    public ValueTask WriteAsync(string value, int offset, int count, CancellationToken cancellationToken)
    {
        Write(value, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => text.ToString();
}
