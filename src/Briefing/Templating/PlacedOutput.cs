using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>
/// The template's output, noting for every line of it the template line that wrote its first visible text: a piece
/// of template text, or a <c>{{ }}</c> that prints a value.
/// </summary>
/// <remarks>
/// An included partial is rendered apart and printed as one value, so its lines are placed at the <c>include</c>.
/// </remarks>
internal sealed class PlacedOutput(TemplateContext context) : IScriptOutput
{
    private readonly StringBuilder text = new();
    private readonly List<(string? File, int Line)?> lines = [null];

    // Scriban writes one piece of template text line by line (to indent it); the lines it has written so far count on.
    private (int Count, int Newlines) raw = (-1, 0);

    /// <summary>Per output line (index 0 is line 1), the file (null: the main template) and 0-based line that wrote its first visible text.</summary>
    public IReadOnlyList<(string? File, int Line)?> Lines => lines;

    /// <summary>Characters written so far.</summary>
    public int Length => text.Length;

    public void Write(string value, int offset, int count)
    {
        // A printed value is placed at its `{{ }}`; template text at its own line, counted on from where it starts.
        var markdown = context as MarkdownTemplateContext;
        var printed = markdown?.WritingSpan;
        var span = printed ?? markdown?.RawSpan ?? context.CurrentNode?.Span;
        var continued = printed is null && markdown is not null && raw.Count == markdown.RawCount;
        var newlines = continued ? raw.Newlines : 0;
        for (var i = offset; i < offset + count; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                lines.Add(null);
                newlines++;
            }
            else if (lines[^1] is null && !char.IsWhiteSpace(c) && span is { } at)
            {
                lines[^1] = (at.FileName, at.Start.Line + (printed is null ? newlines : 0));
            }
        }

        text.Append(value, offset, count);
        if (printed is null && markdown is not null)
        {
            raw = (markdown.RawCount, newlines);
        }
    }

    public ValueTask WriteAsync(string value, int offset, int count, CancellationToken cancellationToken)
    {
        Write(value, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => text.ToString();
}
