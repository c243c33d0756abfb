using Briefing.Workspace;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing new</c>: writes a commented fact-sheet skeleton that validates as it is.</summary>
internal static class NewCommand
{
    public static int Execute(NewSettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
        var path = Path.Combine(settings.Folder, settings.Id + ".yaml");
        if (File.Exists(path))
        {
            terminal.Error.WriteLine($"{path}: error: the file exists already; it is left as it is");
            return ExitCode.Usage;
        }

        Directory.CreateDirectory(settings.Folder);
        var text = FactSheetSkeleton.Create(settings.Id, DateOnly.FromDateTime(DateTime.Now));
        try
        {
            // CreateNew: never overwrite a file that appeared since the check above.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            terminal.Error.WriteLine($"{path}: error: the file exists already; it is left as it is");
            return ExitCode.Usage;
        }

        terminal.Out.WriteLine($"Wrote {path}. Fill it in, then: briefing validate {path}");
        return ExitCode.Success;
    }
}
