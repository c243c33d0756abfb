using System.CommandLine.Parsing;
using System.Globalization;

namespace Briefing.Cli.Parsing;

/// <summary>
/// Turns option text into values with messages a user understands ("`abc` is not a whole number"), instead of
/// the names of .NET types; no reflection, so the parser stays trimmable.
/// </summary>
internal static class ValueParsers
{
    public static int? WholeNumber(ArgumentResult result)
    {
        var text = Text(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"{OptionName(result)}: `{text}` is not a whole number");
        return null;
    }

    public static float Number(ArgumentResult result)
    {
        var text = Text(result);
        if (float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value))
        {
            return value;
        }

        result.AddError($"{OptionName(result)}: `{text}` is not a number");
        return default;
    }

    /// <summary>A file or folder path; an empty one names nothing and is a usage error, not a failure later on.</summary>
    public static string? Path(ArgumentResult result)
    {
        var text = Text(result);
        if (text.Length > 0 && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        result.AddError($"{OptionName(result)}: an empty path names no file or folder");
        return null;
    }

    /// <summary>A path to a file that is there when the command starts; a missing file or a folder is a usage error.</summary>
    public static string? ExistingFile(ArgumentResult result)
    {
        if (Path(result) is not { } path)
        {
            return null;
        }

        if (PathProblem.NotAFile(path, "name a file") is { } problem)
        {
            result.AddError($"{OptionName(result)}: `{path}`: {problem}");
            return null;
        }

        return path;
    }

    /// <summary>One of a fixed set of lower-case words, matched without regard to case.</summary>
    public static Func<ArgumentResult, T> OneOf<T>(IReadOnlyDictionary<string, T> words) => result =>
    {
        var text = Text(result);
        if (words.TryGetValue(text.ToLowerInvariant(), out var value))
        {
            return value;
        }

        result.AddError($"{OptionName(result)}: `{text}` is not one of {string.Join(", ", words.Keys)}");
        return default!;
    };

    private static string Text(ArgumentResult result) => result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
