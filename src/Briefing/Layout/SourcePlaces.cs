using Briefing.Diagnostics;
using Briefing.Document;

namespace Briefing.Layout;

/// <summary>
/// Places a layout diagnostic: at the fact-sheet value a node's text came from, when what is wrong can come from
/// data; else at the node's Markdown line, which the renderer then names by the template line that wrote it.
/// </summary>
internal static class SourcePlaces
{
    /// <param name="markdownPath">The Markdown's name.</param>
    /// <param name="span">The node the diagnostic is about.</param>
    /// <param name="fromData">True when what is wrong can come from data (text, an image address). False for what only
    /// a template writes (a style class, an image size).</param>
    /// <param name="severity">The diagnostic's severity.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="hint">How to put it right.</param>
    public static Diagnostic At(string markdownPath, SourceSpan? span, bool fromData, Severity severity, string message, string? hint = null) =>
        fromData && span?.Data is { } data
            ? new Diagnostic(data.File, data.Line, data.Column, severity, message, hint)
            : new Diagnostic(markdownPath, span?.Line ?? 0, span?.Column ?? 0, severity, message, hint);
}
