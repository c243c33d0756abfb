namespace Briefing.FactSheets.Format;

/// <summary>Where in the format a key is known, for the hint "`venue` belongs in `event`" when a key sits one level off.</summary>
internal static class KeyHomes
{
    /// <summary>Paths of the maps that know <paramref name="key"/>, in definition order ("" is the top level, "parties[]" any party).</summary>
    public static IReadOnlyList<string> Of(Shape root, string key)
    {
        var homes = new List<string>();
        var pending = new Queue<(Shape Shape, string Path)>();
        pending.Enqueue((root, ""));
        while (pending.Count > 0)
        {
            var (shape, path) = pending.Dequeue();
            switch (shape)
            {
                case MapShape map:
                    if (map.Find(key) is not null) homes.Add(path);
                    foreach (var field in map.Fields)
                    {
                        pending.Enqueue((field.Shape, path.Length == 0 ? field.Key : $"{path}.{field.Key}"));
                    }

                    break;
                case ListShape list:
                    pending.Enqueue((list.Item, path + "[]"));
                    break;
                case PortionShape portion:
                    pending.Enqueue((portion.Marked, path));
                    break;
            }
        }

        return homes;
    }
}
