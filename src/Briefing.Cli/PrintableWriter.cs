using System.Text;
using Briefing.Diagnostics;

namespace Briefing.Cli;

/// <summary>
/// A terminal writer that shows control characters as escapes: file names from a walked folder, values quoted in
/// messages and exception texts all reach the terminal through it, and none may steer the terminal.
/// </summary>
internal sealed class PrintableWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer underneath, for the progress display, whose own escape sequences are meant for the terminal.</summary>
    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override void Write(char value) => Inner.Write(PrintableText.IsUnsafe(value) && value is not ('\n' or '\t') ? PrintableText.Escape(value.ToString()) : value.ToString());

    public override void Write(string? value) => Inner.Write(value is null ? null : PrintableText.Escape(value, keepLineBreaks: true));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Inner.WriteLine(value is null ? null : PrintableText.Escape(value, keepLineBreaks: true));

    public override void Flush() => Inner.Flush();
}
