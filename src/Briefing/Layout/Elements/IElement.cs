namespace Briefing.Layout.Elements;

/// <summary>
/// A piece of layout. <see cref="Measure"/> answers without changing anything; <see cref="Draw"/> places what the
/// last plan for the same space promised and remembers where it stopped, so the next page continues from there.
/// </summary>
internal interface IElement
{
    SpacePlan Measure(Size available);

    void Draw(PageCanvas canvas, float x, float y, Size available);

    /// <summary>The narrowest width without overflow (widest word) and the width without any line break; tables size columns from these.</summary>
    (float Min, float Max) ContentWidths();
}
