using Briefing.Diagnostics;
using Briefing.Document;

namespace Briefing.Layout;

/// <summary>
/// Names the file the user edits in a layout diagnostic: the fact-sheet value or template line a node came from;
/// the generated Markdown only for a tree parsed without a source map (Markdown given directly).
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
        var place = span is null ? null : fromData ? span.Data ?? span.Template : span.Template;
        return place is not null
            ? new Diagnostic(place.File, place.Line, place.Column, severity, message, hint)
            : new Diagnostic(markdownPath, span?.Line ?? 0, span?.Column ?? 0, severity, message, hint);
    }
}
