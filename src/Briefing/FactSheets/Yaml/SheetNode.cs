namespace Briefing.FactSheets.Yaml;

/// <summary>A place in the source text, 1-based, as editors count it.</summary>
internal readonly record struct SourcePoint(int Line, int Column);

/// <summary>A YAML value as read from a fact sheet, with the place it starts.</summary>
/// <remarks>
/// Our own small tree rather than YamlDotNet's representation model: it is built by a loop that
/// bounds nesting, refuses aliases and drops duplicate keys, so nothing later has to.
/// </remarks>
internal abstract record SheetNode(SourcePoint Start);

internal sealed record SheetScalar(string Value, bool IsPlain, SourcePoint Start) : SheetNode(Start)
{
    /// <summary>True for what YAML reads as null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>True when there is nothing to print: null, or only white space.</summary>
    public bool IsBlank => IsNull || string.IsNullOrWhiteSpace(Value);
}

internal sealed record SheetList(IReadOnlyList<SheetNode> Items, SourcePoint Start) : SheetNode(Start);

internal sealed record SheetEntry(SheetScalar Key, SheetNode Value);

internal sealed record SheetMap(IReadOnlyList<SheetEntry> Entries, SourcePoint Start) : SheetNode(Start)
{
    // By index: a foreach through the interface would box the list's enumerator on every lookup.
    public SheetEntry? Find(string key)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Key.Value == key) return Entries[i];
        }

        return null;
    }

    public SheetNode? this[string key] => Find(key)?.Value;
}

/// <summary>A value already reported as an error (an alias, a map used as a key); checks skip it.</summary>
internal sealed record SheetInvalid(SourcePoint Start) : SheetNode(Start);
