namespace Briefing.Cli.Commands;

internal enum OutputFormat
{
    Pdf,
    Png,
    Md,
    Html,
    Docx,
}
