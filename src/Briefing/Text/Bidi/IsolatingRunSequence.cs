namespace Briefing.Text.Bidi;

/// <summary>
/// One isolating run sequence (rule X10): level runs joined across isolates, with the types at its two ends.
/// <see cref="Resolve"/> applies the weak (W1 to W7), bracket (N0), neutral (N1, N2) and implicit (I1, I2) rules.
/// </summary>
internal sealed class IsolatingRunSequence
{
    private readonly int[] _indices;
    private readonly BidiCategory[] _types;
    private readonly BidiCategory[] _initial;
    private readonly byte[] _levels;
    private readonly int[] _codepoints;
    private readonly byte _level;
    private readonly BidiCategory _sos;
    private readonly BidiCategory _eos;

    private IsolatingRunSequence(int[] indices, BidiCategory[] initial, BidiCategory[] types, byte[] levels, int[] codepoints, BidiCategory sos, BidiCategory eos)
    {
        _indices = indices;
        _initial = initial;
        _levels = levels;
        _codepoints = codepoints;
        _level = levels[indices[0]];
        _sos = sos;
        _eos = eos;
        _types = new BidiCategory[indices.Length];
        for (var k = 0; k < indices.Length; k++)
        {
            _types[k] = types[indices[k]];
        }
    }

    /// <summary>The sequences of a paragraph whose explicit levels are set.</summary>
    public static List<IsolatingRunSequence> All(BidiCategory[] initial, BidiCategory[] types, byte[] levels, int[] matchingPdi, byte paragraphLevel, ReadOnlySpan<int> codepoints)
    {
        var n = initial.Length;
        var points = codepoints.ToArray();
        // Level runs over the characters X9 keeps.
        var runs = new List<List<int>>();
        var runOf = new int[n];
        List<int>? current = null;
        var currentLevel = -1;
        for (var i = 0; i < n; i++)
        {
            if (BidiParagraph.IsRemoved(initial[i]))
            {
                continue;
            }
            if (current is null || levels[i] != currentLevel)
            {
                current = [];
                runs.Add(current);
                currentLevel = levels[i];
            }
            current.Add(i);
            runOf[i] = runs.Count - 1;
        }

        var result = new List<IsolatingRunSequence>();
        foreach (var run in runs)
        {
            var first = run[0];
            if (initial[first] == BidiCategory.PDI && IsMatchedPdi(first, matchingPdi))
            {
                continue;
            }
            var indices = new List<int>(run);
            while (true)
            {
                var last = indices[^1];
                if (!BidiParagraph.IsIsolateInitiator(initial[last]) || matchingPdi[last] < 0)
                {
                    break;
                }
                indices.AddRange(runs[runOf[matchingPdi[last]]]);
            }

            var level = levels[indices[0]];
            var before = indices[0] - 1;
            while (before >= 0 && BidiParagraph.IsRemoved(initial[before]))
            {
                before--;
            }
            var lastIndex = indices[^1];
            var after = lastIndex + 1;
            while (after < n && BidiParagraph.IsRemoved(initial[after]))
            {
                after++;
            }
            var previousLevel = before >= 0 ? levels[before] : paragraphLevel;
            var nextLevel = after < n && !BidiParagraph.IsIsolateInitiator(initial[lastIndex]) ? levels[after] : paragraphLevel;
            var sos = Math.Max(previousLevel, level) % 2 == 1 ? BidiCategory.R : BidiCategory.L;
            var eos = Math.Max(nextLevel, level) % 2 == 1 ? BidiCategory.R : BidiCategory.L;
            result.Add(new IsolatingRunSequence([.. indices], initial, types, levels, points, sos, eos));
        }
        return result;
    }

    private static bool IsMatchedPdi(int index, int[] matchingPdi)
    {
        for (var i = 0; i < index; i++)
        {
            if (matchingPdi[i] == index)
            {
                return true;
            }
        }
        return false;
    }

    public void Resolve()
    {
        ResolveWeak();
        ResolveBrackets();
        ResolveNeutrals();
        ResolveImplicit();
    }

    private void ResolveWeak()
    {
        var t = _types;
        var n = t.Length;
        // W1: NSM takes the type of what precedes it (ON after an isolate initiator or PDI).
        for (var k = 0; k < n; k++)
        {
            if (t[k] == BidiCategory.NSM)
            {
                t[k] = k == 0 ? _sos
                    : t[k - 1] is BidiCategory.LRI or BidiCategory.RLI or BidiCategory.FSI or BidiCategory.PDI ? BidiCategory.ON
                    : t[k - 1];
            }
        }
        // W2: EN after AL is AN.  W3: AL is R.
        var lastStrong = _sos;
        for (var k = 0; k < n; k++)
        {
            switch (t[k])
            {
                case BidiCategory.L or BidiCategory.R or BidiCategory.AL:
                    lastStrong = t[k];
                    break;
                case BidiCategory.EN when lastStrong == BidiCategory.AL:
                    t[k] = BidiCategory.AN;
                    break;
            }
        }
        for (var k = 0; k < n; k++)
        {
            if (t[k] == BidiCategory.AL)
            {
                t[k] = BidiCategory.R;
            }
        }
        // W4: one separator between two numbers of the same kind joins them.
        for (var k = 1; k < n - 1; k++)
        {
            if (t[k] == BidiCategory.ES && t[k - 1] == BidiCategory.EN && t[k + 1] == BidiCategory.EN)
            {
                t[k] = BidiCategory.EN;
            }
            else if (t[k] == BidiCategory.CS && t[k - 1] == t[k + 1] && t[k - 1] is BidiCategory.EN or BidiCategory.AN)
            {
                t[k] = t[k - 1];
            }
        }
        // W5: terminators next to European numbers are numbers.
        for (var k = 0; k < n; k++)
        {
            if (t[k] != BidiCategory.ET)
            {
                continue;
            }
            var end = k;
            while (end < n && t[end] == BidiCategory.ET)
            {
                end++;
            }
            var number = k > 0 && t[k - 1] == BidiCategory.EN || end < n && t[end] == BidiCategory.EN;
            if (number)
            {
                for (var j = k; j < end; j++)
                {
                    t[j] = BidiCategory.EN;
                }
            }
            k = end - 1;
        }
        // W6: other separators and terminators are neutral.  W7: EN after L is L.
        for (var k = 0; k < n; k++)
        {
            if (t[k] is BidiCategory.ES or BidiCategory.ET or BidiCategory.CS)
            {
                t[k] = BidiCategory.ON;
            }
        }
        lastStrong = _sos;
        for (var k = 0; k < n; k++)
        {
            if (t[k] is BidiCategory.L or BidiCategory.R)
            {
                lastStrong = t[k];
            }
            else if (t[k] == BidiCategory.EN && lastStrong == BidiCategory.L)
            {
                t[k] = BidiCategory.L;
            }
        }
    }

    private BidiCategory Embedding => _level % 2 == 1 ? BidiCategory.R : BidiCategory.L;

    // N0 and N1 read numbers as R.
    private static BidiCategory Strong(BidiCategory c) => c switch
    {
        BidiCategory.L => BidiCategory.L,
        BidiCategory.R or BidiCategory.AL or BidiCategory.EN or BidiCategory.AN => BidiCategory.R,
        _ => BidiCategory.ON,
    };

    private void ResolveBrackets()
    {
        var pairs = BracketPairs.Find(_indices, _types, _codepoints);
        var embedding = Embedding;
        foreach (var (open, close) in pairs)
        {
            var foundEmbedding = false;
            var foundOpposite = false;
            for (var k = open + 1; k < close; k++)
            {
                var s = Strong(_types[k]);
                if (s == BidiCategory.ON)
                {
                    continue;
                }
                if (s == embedding)
                {
                    foundEmbedding = true;
                    break;
                }
                foundOpposite = true;
            }
            BidiCategory resolved;
            if (foundEmbedding)
            {
                resolved = embedding;
            }
            else if (foundOpposite)
            {
                var context = _sos;
                for (var k = open - 1; k >= 0; k--)
                {
                    var s = Strong(_types[k]);
                    if (s != BidiCategory.ON)
                    {
                        context = s;
                        break;
                    }
                }
                resolved = context != embedding ? context : embedding;
            }
            else
            {
                continue;
            }
            SetBracket(open, resolved);
            SetBracket(close, resolved);
        }
    }

    // A bracket's new type also goes to the marks that followed it (they took its ON in W1).
    private void SetBracket(int k, BidiCategory type)
    {
        _types[k] = type;
        for (var j = k + 1; j < _types.Length && _initial[_indices[j]] == BidiCategory.NSM; j++)
        {
            _types[j] = type;
        }
    }

    private static bool IsNeutral(BidiCategory c) => c is BidiCategory.B or BidiCategory.S or BidiCategory.WS or BidiCategory.ON
        or BidiCategory.LRI or BidiCategory.RLI or BidiCategory.FSI or BidiCategory.PDI;

    private void ResolveNeutrals()
    {
        var t = _types;
        var n = t.Length;
        for (var k = 0; k < n; k++)
        {
            if (!IsNeutral(t[k]))
            {
                continue;
            }
            var end = k;
            while (end < n && IsNeutral(t[end]))
            {
                end++;
            }
            var before = k == 0 ? _sos : Strong(t[k - 1]);
            var after = end == n ? _eos : Strong(t[end]);
            var resolved = before == after ? before : Embedding;
            for (var j = k; j < end; j++)
            {
                t[j] = resolved;
            }
            k = end - 1;
        }
    }

    private void ResolveImplicit()
    {
        for (var k = 0; k < _types.Length; k++)
        {
            var level = _level;
            var t = _types[k];
            if (level % 2 == 0)
            {
                level += t switch { BidiCategory.R => 1, BidiCategory.AN or BidiCategory.EN => 2, _ => 0 };
            }
            else if (t is BidiCategory.L or BidiCategory.EN or BidiCategory.AN)
            {
                level++;
            }
            _levels[_indices[k]] = level;
        }
    }
}
