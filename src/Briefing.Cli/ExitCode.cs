namespace Briefing.Cli;

/// <summary>Every exit code the command returns, decided in one place.</summary>
internal static class ExitCode
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
    public const int Internal = 3;
}
