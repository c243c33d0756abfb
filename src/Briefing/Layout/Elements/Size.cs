namespace Briefing.Layout.Elements;

/// <summary>
/// Available or used space in points. <see cref="Notes"/> is the room that footnotes cited above on the same page
/// already take at its foot (separator included); it is not part of <see cref="Height"/>. <see cref="NotesFull"/>
/// says that a note continued from the page before does not end on this one, so no new note begins here.
/// </summary>
internal readonly record struct Size(float Width, float Height, float Notes = 0, bool NotesFull = false)
{
    public static Size Unbounded(float width) => new(width, float.PositiveInfinity);
}
