using System.IO.Compression;

namespace Briefing.Text.Hyphenation;

/// <summary>
/// Liang's hyphenation (as in TeX): a word's letters are matched against the language's patterns, and an odd value
/// between two letters allows a hyphen there. Words in the exceptions list are hyphenated as that list says.
/// </summary>
internal sealed class Hyphenator
{
    private readonly Dictionary<string, byte[]> _patterns = new(StringComparer.Ordinal);
    // A document repeats its words; each is looked up once.
    private readonly Dictionary<string, IReadOnlyList<int>> _known = new(StringComparer.Ordinal);
    private readonly int _longest;

    private Hyphenator(string language, IEnumerable<string> patterns, IEnumerable<string> exceptions, int leftMin, int rightMin)
    {
        Language = language;
        LeftMin = leftMin;
        RightMin = rightMin;
        foreach (var pattern in patterns)
        {
            var letters = new System.Text.StringBuilder(pattern.Length);
            var values = new List<byte> { 0 };
            foreach (var c in pattern)
            {
                if (c is >= '0' and <= '9')
                {
                    values[^1] = (byte)(c - '0');
                }
                else
                {
                    letters.Append(c);
                    values.Add(0);
                }
            }
            _patterns[letters.ToString()] = [.. values];
            _longest = Math.Max(_longest, letters.Length);
        }
        foreach (var entry in exceptions)
        {
            var points = new List<int>();
            var letters = 0;
            foreach (var c in entry)
            {
                if (c == '-')
                {
                    points.Add(letters);
                }
                else
                {
                    letters++;
                }
            }
            // An exception is known from the start, so one lookup answers every word, listed or not.
            _known[entry.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()] = [.. points];
        }
    }

    public string Language { get; }

    /// <summary>Fewest letters before the first hyphen.</summary>
    public int LeftMin { get; }

    /// <summary>Fewest letters after the last hyphen.</summary>
    public int RightMin { get; }

    /// <summary>The languages that have patterns, with TeX's minimum letters before and after a hyphen.</summary>
    public static IReadOnlyDictionary<string, (int Left, int Right)> Languages { get; } = new Dictionary<string, (int, int)>
    {
        ["en"] = (2, 3),
        ["de"] = (2, 2),
        ["fr"] = (2, 3),
        ["ru"] = (2, 2),
        ["uk"] = (2, 2),
    };

    /// <summary>The hyphenator of a language tag's primary language (<c>en-GB</c> is <c>en</c>), or null when none ships.</summary>
    public static Hyphenator? Load(string language)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        if (!Languages.TryGetValue(primary, out var min))
        {
            return null;
        }
        return new Hyphenator(primary, Resource($"{primary}.pat.gz"), Resource($"{primary}.exceptions.txt"), min.Left, min.Right);
    }

    private static List<string> Resource(string name)
    {
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream("Briefing.Hyphenation." + name)
            ?? throw new InvalidOperationException($"The program was built without its hyphenation file {name}.");
        using var text = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(text);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '%')
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    /// <summary>Offsets within <paramref name="word"/> (all letters) before which a hyphen may go, ascending.</summary>
    public IReadOnlyList<int> Points(ReadOnlySpan<char> word)
    {
        if (word.Length < LeftMin + RightMin)
        {
            return [];
        }
        // Looked up without a string: a document asks for the same words again and again.
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        if (word.ToLowerInvariant(buffer) != word.Length)
        {
            return [];
        }
        if (_known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer, out var known))
        {
            return known;
        }
        var lower = buffer.ToString();
        var points = Compute(lower);
        if (_known.Count < 100_000)
        {
            _known[lower] = points;
        }
        return points;
    }

    private List<int> Compute(string lower)
    {
        var dotted = "." + lower + ".";
        var values = new byte[dotted.Length + 1];
        var lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < dotted.Length; start++)
        {
            for (var length = 1; length <= _longest && start + length <= dotted.Length; length++)
            {
                if (lookup.TryGetValue(dotted.AsSpan(start, length), out var pattern))
                {
                    for (var k = 0; k < pattern.Length; k++)
                    {
                        values[start + k] = Math.Max(values[start + k], pattern[k]);
                    }
                }
            }
        }
        var points = new List<int>();
        // values[i + 1] lies between letters i - 1 and i of the word (the leading dot shifts it by one).
        for (var i = LeftMin; i <= lower.Length - RightMin; i++)
        {
            if (values[i + 1] % 2 == 1)
            {
                points.Add(i);
            }
        }
        return points;
    }
}
