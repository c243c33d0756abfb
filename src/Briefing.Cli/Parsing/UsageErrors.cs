using System.CommandLine;
using System.CommandLine.Parsing;
using Briefing.FactSheets.Format;

namespace Briefing.Cli.Parsing;

/// <summary>
/// The parser's complaints as one <c>error:</c> line each, with "did you mean" for a misspelt option or command,
/// since a silently ignored <c>--ouput</c> would write the file somewhere the user does not look.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var see = command.Parents.Any() ? $"briefing {command.Name} --help" : "briefing --help";
        var unknown = parse.UnmatchedTokens.Concat(OptionLikeArguments(parse)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 && !command.Parents.Any())
        {
            // "rendr x.yaml": the unknown command says it all; its arguments and "no command given" would only repeat it.
            return [$"error: {Unknown(unknown[0], command)} (see {see})"];
        }

        var lines = unknown.Select(token => $"error: {Unknown(token, command)} (see {see})").ToList();
        var missing = command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && parse.GetResult(a) is not { Tokens.Count: > 0 }).ToList();
        lines.AddRange(missing.Select(a => $"error: name the <{a.Name}>: {a.Description} (see {see})"));

        foreach (var error in parse.Errors)
        {
            // The unknown tokens and missing arguments were described above, more plainly.
            if (unknown.Any(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal))
                || (missing.Count > 0 && error.Message.StartsWith("Required argument missing", StringComparison.Ordinal)))
            {
                continue;
            }

            lines.Add(error.Message == "Required command was not provided."
                ? $"error: name a command (see {see})"
                : $"error: {error.Message.TrimEnd('.')} (see {see})");
        }

        return lines;
    }

    /// <summary>
    /// The parser hands a word such as <c>--ouput</c> to a command's file arguments when the command takes any; a
    /// file whose name starts with <c>-</c> can still be given as <c>./-name</c> or after <c>--</c>.
    /// </summary>
    public static IEnumerable<string> OptionLikeArguments(ParseResult parse)
    {
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && !char.IsAsciiDigit(token.Value[1]) && token.Value[1] != '.')
            {
                yield return token.Value;
            }
        }
    }

    private static string Unknown(string token, Command command)
    {
        if (token.StartsWith('-') && token.Length > 1)
        {
            var name = token.Split('=', 2)[0];
            var known = OptionNames(command);
            var hint = KeySuggestion.Closest(name, known) is { } closest ? $"; did you mean `{closest}`?" : "";
            return $"unknown option `{name}`{hint}";
        }

        if (!command.Parents.Any())
        {
            var commands = command.Subcommands.Select(c => c.Name).ToList();
            var hint = KeySuggestion.Closest(token, commands) is { } closest ? $"did you mean `{closest}`?" : $"commands: {string.Join(", ", commands)}";
            return $"unknown command `{token}`; {hint}";
        }

        return $"unexpected argument `{token}`";
    }

    private static IEnumerable<string> OptionNames(Command command)
    {
        var options = command.Options.AsEnumerable();
        foreach (var parent in command.Parents.OfType<Command>())
        {
            options = options.Concat(parent.Options.Where(o => o.Recursive));
        }

        return options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
    }
}
