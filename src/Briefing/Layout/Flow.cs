using Briefing.Layout.Elements;

namespace Briefing.Layout;

/// <summary>Blocks of a column with the space between them: adjacent spacing collapses to the larger of the two, as in CSS.</summary>
internal sealed class Flow
{
    private readonly List<IElement> _items = [];
    private float _pending;

    public void Space(float height) => _pending = Math.Max(_pending, height);

    public void Add(IElement element)
    {
        if (_pending > 0 && _items.Count > 0)
        {
            _items.Add(new Spacer(_pending));
        }
        _pending = 0;
        _items.Add(element);
    }

    public bool IsEmpty => _items.Count == 0;

    public Column ToColumn() => new(_items.ToArray());
}
