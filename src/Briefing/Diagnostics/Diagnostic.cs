namespace Briefing.Diagnostics;

/// <summary>A problem in the user's input, with the place an editor can jump to.</summary>
/// <remarks>Line and column are 1-based; 0 means the position is not known.</remarks>
public sealed record Diagnostic(
    string File,
    int Line,
    int Column,
    Severity Severity,
    string Message,
    string? Hint = null)
{
    /// <summary>For "no font can draw" warnings: the character, so the warning can be moved to where the text came from.</summary>
    public int? MissingCharacter { get; init; }

    /// <summary>The <c>file:line:col: severity: message</c> form that editors and CI logs understand, on one line.</summary>
    /// <remarks>Messages quote values and file names; their control characters are shown escaped, never sent to the terminal.</remarks>
    public override string ToString()
    {
        var place = Line > 0 ? Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}" : File;
        var text = $"{place}: {Severity.ToString().ToLowerInvariant()}: {Message}";
        return PrintableText.Escape(Hint is null ? text : $"{text} ({Hint})");
    }
}
