using System.CommandLine;

namespace Briefing.Cli.Commands;

/// <summary>The options every rendering command shares, as declared on one command.</summary>
internal sealed record TemplateOptions(Option<string?> Templates, Option<string?> Theme, Option<bool> NoSystemFonts, Option<bool> Strict);
