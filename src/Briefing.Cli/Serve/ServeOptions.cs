using System.Net;
using Briefing.Preview;

namespace Briefing.Cli.Serve;

/// <summary>
/// What <c>briefing serve</c> serves and where: the workspace, the templates and theme to render with, the port
/// (none: <see cref="DefaultPort"/>, or any free one when that is taken), and the addresses to listen on (none: the
/// loopback addresses of IPv4 and IPv6).
/// </summary>
internal sealed record ServeOptions(
    PreviewWorkspace Workspace,
    string TemplatesDirectory,
    string Template = RenderOptions.DefaultTemplate,
    string? ThemePath = null,
    int? Port = null,
    IReadOnlyList<IPAddress>? Addresses = null,
    string EditorLink = ServeOptions.DefaultEditorLink)
{
    public const int DefaultPort = 5230;

    /// <summary>Whether installed fonts may draw what the template's and shipped fonts cannot.</summary>
    public bool SystemFonts { get; init; } = true;

    /// <summary>
    /// Opens a file at a line in Visual Studio Code; <c>{path}</c> (absolute, with <c>/</c> and a leading <c>/</c>),
    /// <c>{line}</c> and <c>{column}</c> are filled in.
    /// </summary>
    public const string DefaultEditorLink = "vscode://file{path}:{line}:{column}";
}
