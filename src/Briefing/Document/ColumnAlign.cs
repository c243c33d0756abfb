namespace Briefing.Document;

/// <summary>How a table column's text is aligned; <see cref="Default"/> leaves it to the theme.</summary>
public enum ColumnAlign
{
    Default,
    Left,
    Center,
    Right,
}
