namespace Briefing.Text.Bidi;

/// <summary>Rules X1 to X8 of UAX #9: explicit embeddings, overrides and isolates set each character's level.</summary>
internal static class ExplicitLevels
{
    private const int MaxDepth = 125;

    public static void Assign(BidiCategory[] initial, BidiCategory[] types, byte[] levels, int[] matchingPdi, byte paragraphLevel)
    {
        var stackLevel = new byte[MaxDepth + 2];
        var stackOverride = new BidiCategory[MaxDepth + 2];
        var stackIsolate = new bool[MaxDepth + 2];
        var depth = 0;
        stackLevel[0] = paragraphLevel;
        stackOverride[0] = BidiCategory.ON;
        var overflowIsolates = 0;
        var overflowEmbeddings = 0;
        var validIsolates = 0;

        for (var i = 0; i < initial.Length; i++)
        {
            var t = initial[i];
            switch (t)
            {
                case BidiCategory.RLE or BidiCategory.LRE or BidiCategory.RLO or BidiCategory.LRO:
                    {
                        var rtl = t is BidiCategory.RLE or BidiCategory.RLO;
                        var level = rtl ? (stackLevel[depth] + 1) | 1 : (stackLevel[depth] + 2) & ~1;
                        if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        {
                            depth++;
                            stackLevel[depth] = (byte)level;
                            stackOverride[depth] = t switch { BidiCategory.RLO => BidiCategory.R, BidiCategory.LRO => BidiCategory.L, _ => BidiCategory.ON };
                            stackIsolate[depth] = false;
                        }
                        else if (overflowIsolates == 0)
                        {
                            overflowEmbeddings++;
                        }
                        levels[i] = stackLevel[depth];
                        break;
                    }
                case BidiCategory.RLI or BidiCategory.LRI or BidiCategory.FSI:
                    {
                        levels[i] = stackLevel[depth];
                        if (stackOverride[depth] != BidiCategory.ON)
                        {
                            types[i] = stackOverride[depth];
                        }
                        var rtl = t == BidiCategory.RLI
                            || t == BidiCategory.FSI && BidiParagraph.FirstStrong(initial, i + 1, matchingPdi[i] < 0 ? initial.Length : matchingPdi[i], matchingPdi) == 1;
                        var level = rtl ? (stackLevel[depth] + 1) | 1 : (stackLevel[depth] + 2) & ~1;
                        if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        {
                            validIsolates++;
                            depth++;
                            stackLevel[depth] = (byte)level;
                            stackOverride[depth] = BidiCategory.ON;
                            stackIsolate[depth] = true;
                        }
                        else
                        {
                            overflowIsolates++;
                        }
                        break;
                    }
                case BidiCategory.PDI:
                    if (overflowIsolates > 0)
                    {
                        overflowIsolates--;
                    }
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stackIsolate[depth])
                        {
                            depth--;
                        }
                        depth--;
                        validIsolates--;
                    }
                    levels[i] = stackLevel[depth];
                    if (stackOverride[depth] != BidiCategory.ON)
                    {
                        types[i] = stackOverride[depth];
                    }
                    break;
                case BidiCategory.PDF:
                    if (overflowIsolates > 0)
                    {
                    }
                    else if (overflowEmbeddings > 0)
                    {
                        overflowEmbeddings--;
                    }
                    else if (!stackIsolate[depth] && depth > 0)
                    {
                        depth--;
                    }
                    levels[i] = stackLevel[depth];
                    break;
                case BidiCategory.B:
                    levels[i] = paragraphLevel;
                    break;
                case BidiCategory.BN:
                    levels[i] = stackLevel[depth];
                    break;
                default:
                    levels[i] = stackLevel[depth];
                    if (stackOverride[depth] != BidiCategory.ON)
                    {
                        types[i] = stackOverride[depth];
                    }
                    break;
            }
        }
    }
}
