using System.CommandLine;
using System.CommandLine.Help;
using Briefing.Cli.Commands;
using Briefing.Cli.Parsing;

namespace Briefing.Cli;

/// <summary>Wires the commands; exit codes for usage and internal errors are decided here.</summary>
internal static class BriefingApp
{
    public static int Run(string[] args, Terminal terminal, CancellationToken cancellationToken = default)
    {
        try
        {
            var root = Commands(terminal, cancellationToken);
            // Response files (@file) are off: a fact sheet may well be named @something.yaml.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Action is not ExamplesHelpAction && (parse.Errors.Count > 0 || parse.UnmatchedTokens.Count > 0 || UsageErrors.OptionLikeArguments(parse).Any()))
            {
                foreach (var line in UsageErrors.Describe(parse))
                {
                    terminal.Error.WriteLine(line);
                }

                return ExitCode.Usage;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = terminal.Out,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
                // Signals are handled by the program itself and reach the commands through the token.
                ProcessTerminationTimeout = null,
            });
        }
        catch (OperationCanceledException)
        {
            terminal.Error.WriteLine("cancelled; files already written are complete, nothing was half-written");
            return ExitCode.Cancelled;
        }
        catch (StandardOutputException e)
        {
            terminal.Error.WriteLine($"error: cannot write to standard output: {e.Reason}");
            return ExitCode.Internal;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            terminal.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            if (args.Contains("--verbose"))
            {
                terminal.Error.WriteLine(e.ToString());
            }
            else
            {
                terminal.Error.WriteLine("run with --verbose for details");
            }

            return ExitCode.Internal;
        }
    }

    /// <summary>Every command, its help and its examples. A new command is one more entry here.</summary>
    private static RootCommand Commands(Terminal terminal, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Briefing: YAML fact sheets about a diplomatic event, through templates, to briefing memos (PDF, PNG, Markdown).");
        root.Options.Add(new Option<bool>("--verbose") { Description = "Print details of internal errors (stack traces).", Recursive = true });
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new ExamplesHelpAction((HelpAction)help.Action!);
        }

        root.Subcommands.Add(CommandDefinition.Create(
            "render",
            "Render fact sheets with a template to PDF (default), PNG pages, HTML, Word (DOCX) or Markdown; writes out/<id>.<template>.pdf.",
            [
                "briefs/2025-02-18-riyadh-us-russia-talks.yaml",
                "briefs/2025-02-18-riyadh-us-russia-talks.yaml --template book -o riyadh-book.pdf",
                "briefs/2025-02-18-riyadh-us-russia-talks.yaml --format png --dpi 150",
                "briefs/2025-02-18-riyadh-us-russia-talks.yaml -o riyadh.docx",
            ],
            RenderSettings.Declare, RenderCommand.Execute, terminal, cancellationToken));
        root.Subcommands.Add(CommandDefinition.Create(
            "build",
            "Render every fact sheet of a folder with every template, in parallel; writes out/manifest.json.",
            ["", "briefs --templates-list memo,one-pager --shard 2/4"],
            BuildSettings.Declare, BuildCommand.Execute, terminal, cancellationToken));
        root.Subcommands.Add(CommandDefinition.Create(
            "watch",
            "Render again whenever the fact sheet, the template, a partial or the theme changes (for template authors).",
            ["briefs/2025-02-18-riyadh-us-russia-talks.yaml --template book"],
            WatchSettings.Declare, WatchCommand.Execute, terminal, cancellationToken));
        root.Subcommands.Add(CommandDefinition.Create(
            "serve",
            "Preview in the browser, live: pages, Markdown and problems update on every save; click text to find its source.",
            ["briefs/2025-02-18-riyadh-us-russia-talks.yaml", "briefs --template book --no-open"],
            ServeSettings.Declare, ServeCommand.Execute, terminal, cancellationToken));
        root.Subcommands.Add(CommandDefinition.Create(
            "verify",
            "Compare every brief rendered with every template against stored snapshots (Markdown, PDF text, page images); --accept stores them.",
            ["--snapshots snapshots", "--accept"],
            VerifySettings.Declare, VerifyCommand.Execute, terminal, cancellationToken));
        root.Subcommands.Add(CommandDefinition.Create(
            "validate",
            "Check fact sheets against the briefing/v1 format; prints file:line:col diagnostics.",
            ["briefs/2025-02-18-riyadh-us-russia-talks.yaml", "briefs"],
            ValidateSettings.Declare, ValidateCommand.Execute, terminal, cancellationToken));
        root.Subcommands.Add(CommandDefinition.Create(
            "check",
            "Render templates against generated fact sheets that reach every branch; prints every error and warning with its place, exit 1 on any.",
            ["", "--templates my-templates cable"],
            CheckSettings.Declare, CheckCommand.Execute, terminal, cancellationToken));
        root.Subcommands.Add(CommandDefinition.Create(
            "schema",
            "Print the JSON Schema of the fact-sheet format (for editor completion).",
            [""],
            CommonSettings.Declare, SchemaCommand.Execute, terminal, cancellationToken));
        root.Subcommands.Add(CommandDefinition.Create(
            "new",
            "Write a commented fact-sheet skeleton to briefs/<id>.yaml; never overwrites.",
            ["jeddah-talks-2025"],
            NewSettings.Declare, NewCommand.Execute, terminal, cancellationToken));
        root.Subcommands.Add(CommandDefinition.Create(
            "templates",
            "List the templates with what each is for.",
            [""],
            TemplateSettings.Declare, TemplatesCommand.Execute, terminal, cancellationToken));
        return root;
    }
}
