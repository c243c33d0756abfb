using Briefing.Workspace;

namespace Briefing.Cli;

/// <summary>Why a path given on the command line is not the kind of thing the command needs, said plainly.</summary>
internal static class PathProblem
{
    /// <summary>Null when <paramref name="path"/> is a file; else why not, such as "is a folder" with what to do instead.</summary>
    public static string? NotAFile(string path, string folderHint) => FileIdentity.Of(path).Kind switch
    {
        FileKind.Missing => "no such file",
        FileKind.Directory => $"is a folder, not a file; {folderHint}",
        _ => null,
    };

    /// <summary>Null when <paramref name="path"/> is a folder; else why not.</summary>
    public static string? NotAFolder(string path, string what = "folder") => FileIdentity.Of(path).Kind switch
    {
        FileKind.Directory => null,
        FileKind.Missing => $"no such {what}",
        _ => $"is a file, not a {what}",
    };
}
