using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>
/// The words for a template error: a builtin function that refused its arguments reports what .NET said, without
/// .NET's name for the parameter, and says that an argument was refused.
/// </summary>
internal static class FunctionFailure
{
    private const string ParameterNote = " (Parameter '";

    public static string Message(ScriptRuntimeException e)
    {
        if (e.InnerException is not ArgumentException refused)
        {
            return e.OriginalMessage;
        }

        var message = refused.Message;
        var note = message.LastIndexOf(ParameterNote, StringComparison.Ordinal);
        if (note > 0 && message.EndsWith("')", StringComparison.Ordinal))
        {
            message = message[..note];
        }

        return $"the function refused an argument: {message}";
    }
}
