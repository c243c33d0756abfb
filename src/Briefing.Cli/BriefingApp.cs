using Briefing.Cli.Commands;
using Spectre.Console.Cli;

namespace Briefing.Cli;

/// <summary>Wires the commands; exit codes for usage and internal errors are decided here.</summary>
internal static class BriefingApp
{
    public static int Run(string[] args, Terminal terminal, CancellationToken cancellationToken = default)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("briefing");
            config.ConfigureConsole(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
            {
                Out = new Spectre.Console.AnsiConsoleOutput(terminal.Out),
                Ansi = Spectre.Console.AnsiSupport.No,
                ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
            }));
            config.PropagateExceptions();

            config.AddCommand<RenderCommand>("render")
                .WithData(terminal)
                .WithDescription("Render fact sheets with a template to PDF (default), PNG pages or Markdown; writes out/<id>.<template>.pdf.")
                .WithExample("render", "briefs/2025-02-18-riyadh-us-russia-talks.yaml")
                .WithExample("render", "briefs/2025-02-18-riyadh-us-russia-talks.yaml", "--template", "book", "-o", "riyadh-book.pdf")
                .WithExample("render", "briefs/2025-02-18-riyadh-us-russia-talks.yaml", "--format", "png", "--dpi", "150");
            config.AddCommand<BuildCommand>("build")
                .WithData(terminal)
                .WithDescription("Render every fact sheet of a folder with every template, in parallel; writes out/manifest.json.")
                .WithExample("build")
                .WithExample("build", "briefs", "--templates-list", "memo,one-pager", "--shard", "2/4");
            config.AddCommand<WatchCommand>("watch")
                .WithData(terminal)
                .WithDescription("Render again whenever the fact sheet, the template, a partial or the theme changes (for template authors).")
                .WithExample("watch", "briefs/2025-02-18-riyadh-us-russia-talks.yaml", "--template", "book");
            config.AddCommand<VerifyCommand>("verify")
                .WithData(terminal)
                .WithDescription("Compare every brief rendered with every template against stored snapshots (Markdown, PDF text, page images); --accept stores them.")
                .WithExample("verify", "--snapshots", "snapshots")
                .WithExample("verify", "--accept");
            config.AddCommand<ValidateCommand>("validate")
                .WithData(terminal)
                .WithDescription("Check fact sheets against the briefing/v1 format; prints file:line:col diagnostics.")
                .WithExample("validate", "briefs/2025-02-18-riyadh-us-russia-talks.yaml")
                .WithExample("validate", "briefs");
            config.AddCommand<SchemaCommand>("schema")
                .WithData(terminal)
                .WithDescription("Print the JSON Schema of the fact-sheet format (for editor completion).")
                .WithExample("schema");
            config.AddCommand<NewCommand>("new")
                .WithData(terminal)
                .WithDescription("Write a commented fact-sheet skeleton to briefs/<id>.yaml; never overwrites.")
                .WithExample("new", "jeddah-talks-2025");
            config.AddCommand<TemplatesCommand>("templates")
                .WithData(terminal)
                .WithDescription("List the templates with what each is for.")
                .WithExample("templates");
        });

        try
        {
            return app.Run(StandardStream.Protect(args), cancellationToken);
        }
        catch (CommandParseException e)
        {
            terminal.Error.WriteLine($"error: {e.Message} (see briefing --help)");
            return ExitCode.Usage;
        }
        catch (CommandRuntimeException e)
        {
            terminal.Error.WriteLine($"error: {e.Message} (see briefing --help)");
            return ExitCode.Usage;
        }
        catch (OperationCanceledException)
        {
            terminal.Error.WriteLine("cancelled; files already written are complete, nothing was half-written");
            return ExitCode.Cancelled;
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
}
