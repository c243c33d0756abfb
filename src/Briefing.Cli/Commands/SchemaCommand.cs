using Briefing.FactSheets;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing schema</c>: prints the JSON Schema of the fact-sheet format, generated from the loader's own definition.</summary>
internal static class SchemaCommand
{
    public static int Execute(CommonSettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
        terminal.Out.Write(FactSheetSchema.ToJsonSchema());
        return ExitCode.Success;
    }
}
