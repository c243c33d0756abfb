namespace Briefing.Cli;

/// <summary>Every exit code the command returns, decided in one place.</summary>
internal static class ExitCode
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
    public const int Internal = 3;

    /// <summary>Interrupted (Ctrl+C, SIGTERM): 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
