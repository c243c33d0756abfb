namespace Briefing.Layout.Elements;

/// <summary>
/// The size an image's attributes ask for (<c>{width=40pt}</c>, <c>{height=2cm}</c>, <c>{width=50%}</c> of the
/// text width); a missing side follows from the image's own proportions, and two sides make a box the image fits in.
/// </summary>
internal sealed record ImageSize(float? Width, float? Height, float? WidthShare)
{
    public static ImageSize Natural { get; } = new(null, null, null);

    /// <summary>Reads one attribute value; null and a message when it is not a length.</summary>
    public static (float? Points, float? Share, string? Problem) Read(string? text, string name)
    {
        if (text is null)
        {
            return (null, null, null);
        }
        var t = text.Trim();
        if (t.EndsWith('%') && name == "width"
            && float.TryParse(t[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var percent)
            && percent is > 0 and <= 100)
        {
            return (null, percent / 100, null);
        }
        if (Length.TryParse(t, out var points) && points > 0)
        {
            return (points, null, null);
        }
        return (null, null, $"image {name} `{text}` is not a length");
    }

    /// <summary>The drawn size for an image of <paramref name="naturalWidth"/> x <paramref name="naturalHeight"/> pixels in the space given.</summary>
    public (float Width, float Height) Fit(float naturalWidth, float naturalHeight, float availableWidth, float maxHeight)
    {
        var ratio = Math.Max(1, naturalHeight) / Math.Max(1, naturalWidth);
        var askedWidth = WidthShare is { } share ? share * availableWidth : Width;
        float w, h;
        switch (askedWidth, Height)
        {
            case ({ } aw, { } ah):
                (w, h) = aw * ratio <= ah ? (aw, aw * ratio) : (ah / ratio, ah);
                break;
            case ({ } aw, null):
                (w, h) = (aw, aw * ratio);
                break;
            case (null, { } ah):
                (w, h) = (ah / ratio, ah);
                break;
            default:
                // Without a size, a pixel is drawn at 96 dpi.
                w = Math.Max(1, naturalWidth * 0.75f);
                h = w * ratio;
                break;
        }
        if (w > availableWidth)
        {
            (w, h) = (availableWidth, availableWidth * ratio);
        }
        if (h > maxHeight)
        {
            (w, h) = (maxHeight / ratio, maxHeight);
        }
        return (w, h);
    }
}
