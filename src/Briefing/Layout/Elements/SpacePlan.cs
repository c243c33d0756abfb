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
/// that does not fit (0 when not known), for overflow diagnostics.
/// </summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height, string? Reason = null, int NodeId = 0)
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0);

    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.FullRender, width, height);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.PartialRender, width, height);

    public static SpacePlan Wrap(string reason, int nodeId = 0) => new(SpacePlanKind.Wrap, 0, 0, reason, nodeId);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    /// <summary>True when drawing this plan leaves nothing for later pages.</summary>
    public bool IsDone => Kind is SpacePlanKind.Empty or SpacePlanKind.FullRender;
}
