using Briefing.Diagnostics;
using Briefing.Document;

namespace Briefing.Layout;

/// <summary>
/// Names the file the user edits in a layout diagnostic: the fact-sheet value a node came from, else the node's
/// Markdown place, which the renderer then moves to the template line (and column) that wrote it.
/// </summary>
internal static class SourcePlaces
{
    /// <param name="markdownPath">The Markdown's name, for a tree without a source map.</param>
    /// <param name="span">The node the diagnostic is about.</param>
    /// <param name="fromData">True when what is wrong can come from data (text, an image address): the fact-sheet
    /// value is named before the template line. False for what only a template writes (a style class, an image size).</param>
    /// <param name="severity">The diagnostic's severity.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="hint">How to put it right.</param>
    public static Diagnostic At(string markdownPath, SourceSpan? span, bool fromData, Severity severity, string message, string? hint = null)
    {
        var data = span is not null && fromData ? span.Data : null;
        if (data is not null)
        {
            return new Diagnostic(data.File, data.Line, data.Column, severity, message, hint);
        }
        // A template line is named later from the Markdown place, which also finds the column within that line.
        return span is { Line: > 0 }
            ? new Diagnostic(markdownPath, span.Line, span.Column, severity, message, hint)
            : span?.Template is { } template
                ? new Diagnostic(template.File, template.Line, template.Column, severity, message, hint)
                : new Diagnostic(markdownPath, 0, 0, severity, message, hint);
    }
}
