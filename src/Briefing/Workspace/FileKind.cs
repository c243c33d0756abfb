namespace Briefing.Workspace;

/// <summary>What a path names on disk, as far as writing over it is concerned.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}
