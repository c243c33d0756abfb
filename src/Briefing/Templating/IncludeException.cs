using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>A refused or missing include, with a hint that says what to write instead.</summary>
internal sealed class IncludeException(SourceSpan span, string message, string hint) : ScriptRuntimeException(span, message)
{
    public string Hint { get; } = hint;
}
