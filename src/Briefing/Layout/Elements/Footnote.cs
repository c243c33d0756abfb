namespace Briefing.Layout.Elements;

/// <summary>A footnote set at the foot of the page that cites it: its number and its body (number and text).</summary>
internal sealed class Footnote(int number, IElement body)
{
    private float _width = -1;
    private float _height;

    public int Number => number;

    public IElement Body => body;

    /// <summary>True once a page has drawn (a part of) the note: a later reference to it claims no room again.</summary>
    public bool Started { get; set; }

    /// <summary>The height of the whole note at a width; asked for every candidate line that cites it.</summary>
    public float Height(float width)
    {
        if (Math.Abs(width - _width) > 0.001f)
        {
            _height = body.Measure(Size.Unbounded(width)).Height;
            _width = width;
        }
        return _height;
    }
}
