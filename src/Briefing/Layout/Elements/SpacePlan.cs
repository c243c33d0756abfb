namespace Briefing.Layout.Elements;

internal enum SpacePlanKind
{
    /// <summary>Nothing to draw (any more).</summary>
    Empty,
    /// <summary>Everything left fits.</summary>
    FullRender,
    /// <summary>A part fits; the rest goes on the next page.</summary>
    PartialRender,
    /// <summary>Nothing fits here; try on the next page.</summary>
    Wrap,
}

/// <summary>
/// An element's answer to "how much of you fits in this space?". Wrap carries the reason and the document-tree node
/// that does not fit (0 when not known), for overflow diagnostics. <see cref="Notes"/> is the room the footnotes
/// cited by the part that fits add at the foot of the page, beyond <see cref="Height"/> and beyond what the space
/// said was already taken there.
/// </summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height, string? Reason = null, float Notes = 0, int NodeId = 0)
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0);

    public static SpacePlan Full(float width, float height, float notes = 0) => new(SpacePlanKind.FullRender, width, height, null, notes);

    public static SpacePlan Partial(float width, float height, float notes = 0) => new(SpacePlanKind.PartialRender, width, height, null, notes);

    public static SpacePlan Wrap(string reason, int nodeId = 0) => new(SpacePlanKind.Wrap, 0, 0, reason, 0, nodeId);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    /// <summary>True when drawing this plan leaves nothing for later pages.</summary>
    public bool IsDone => Kind is SpacePlanKind.Empty or SpacePlanKind.FullRender;
}
