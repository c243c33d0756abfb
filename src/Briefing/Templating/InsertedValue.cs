namespace Briefing.Templating;

/// <summary>Characters [<see cref="Start"/>, <see cref="End"/>) of some template output that print the fact-sheet value at <see cref="Key"/>.</summary>
public readonly record struct InsertedValue(int Start, int End, string Key)
{
    public InsertedValue After(int offset) => new(Start + offset, End + offset, Key);
}
