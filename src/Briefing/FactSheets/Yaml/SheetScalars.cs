namespace Briefing.FactSheets.Yaml;

/// <summary>Every non-blank scalar of a parsed fact sheet with its key path as templates name it (<c>parties[0].position.summary</c>).</summary>
internal static class SheetScalars
{
    public static IEnumerable<(string Key, SheetScalar Scalar)> Of(SheetNode root)
    {
        // An explicit stack rather than recursion with yield, so a deep sheet costs no nested iterators;
        // the reader has already refused nesting deeper than it allows.
        var pending = new Stack<(string Key, SheetNode Node)>();
        pending.Push(("", root));
        while (pending.Count > 0)
        {
            var (key, node) = pending.Pop();
            switch (node)
            {
                case SheetScalar scalar when !scalar.IsBlank:
                    yield return (key, scalar);
                    break;
                case SheetList list:
                    for (var i = list.Items.Count - 1; i >= 0; i--) pending.Push(($"{key}[{i}]", list.Items[i]));
                    break;
                case SheetMap map:
                    for (var i = map.Entries.Count - 1; i >= 0; i--)
                    {
                        var entry = map.Entries[i];
                        pending.Push((key.Length == 0 ? entry.Key.Value : $"{key}.{entry.Key.Value}", entry.Value));
                    }

                    break;
            }
        }
    }
}
