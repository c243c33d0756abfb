namespace Briefing.Cli.Serve;

/// <summary>
/// What <c>briefing serve</c> does once its options are read: starts the server, prints its address, opens the
/// browser unless told not to, and serves until cancelled. Independent of the argument parser.
/// </summary>
internal static class ServeProgram
{
    public static async Task<int> Run(ServeOptions options, bool open, Terminal terminal, CancellationToken cancellationToken)
    {
        var (server, error) = PreviewServer.Create(options);
        if (server is null)
        {
            terminal.Error.WriteLine(error);
            return ExitCode.Usage;
        }

        try
        {
            await server.Start(cancellationToken);
        }
        catch (Exception e) when (PreviewServer.IsAddressInUse(e))
        {
            await server.DisposeAsync();
            if (options.Port is not null)
            {
                terminal.Error.WriteLine($"error: port {options.Port} is in use; choose another with --port");
                return ExitCode.Usage;
            }

            // The usual port is taken (another preview?): any free one will do when none was asked for.
            (server, _) = PreviewServer.Create(options with { Port = 0 });
            await server!.Start(cancellationToken);
        }

        await using (server)
        {
            terminal.Out.WriteLine($"previewing {options.Workspace.Root} at {server.Address}");
            if (options.Workspace.Initial is null)
            {
                terminal.Error.WriteLine($"warning: no fact sheet (a .yaml file with `schema: briefing/v1`) in {options.Workspace.Root}");
            }

            if (open && !BrowserLauncher.TryOpen(server.Address))
            {
                terminal.Error.WriteLine("no display to open a browser on; open the address above yourself");
            }

            terminal.Error.WriteLine("press Ctrl+C to stop");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how a preview ends, but it is still an interruption: scripts see 130, as for every command.
                terminal.Error.WriteLine("stopped");
            }
        }

        return ExitCode.Cancelled;
    }
}
