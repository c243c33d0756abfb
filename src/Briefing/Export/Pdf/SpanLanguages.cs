using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// The language a run of text implies by its script where that is not Latin: Arabic, Hebrew, Greek, and Cyrillic,
/// which is Ukrainian or Belarusian by letters only those languages use, otherwise Russian. A script alone cannot
/// tell Ukrainian from Russian word by word ("Ми повернемо всіх": only the last word has a Ukrainian letter), so the
/// language is decided for a whole stretch of words in one script within one block, and the spaces and punctuation
/// between its words belong to it. A language told by the script alone (Arabic script is "ar", Cyrillic without a
/// telling letter "ru") is only a guess, and gives way to a language in force that is written in the same script
/// (Persian, Urdu; Bulgarian, Serbian, Kazakh).
/// </summary>
internal static class SpanLanguages
{
    private enum Script : byte
    {
        None,
        Other,
        Arabic,
        Hebrew,
        Greek,
        Cyrillic,
    }

    /// <summary>
    /// The language of each text item of a page, by index; null for text in the Latin script, other items and
    /// artifacts. The whole array is null when no item has one, as on most pages.
    /// </summary>
    public static ScriptLanguage?[]? Of(ReadOnlySpan<PageItem> items)
    {
        ScriptLanguage?[]? languages = null;
        var stretch = new List<int>();
        var neutral = new List<int>();
        var script = Script.None;
        var block = -1;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not GlyphRunItem run || run.Tag.Role == BlockRole.Artifact)
            {
                continue;
            }
            var own = ScriptOf(run.Text);
            if (run.Tag.BlockId != block)
            {
                Close(items, ref languages, stretch, script);
                neutral.Clear();
                block = run.Tag.BlockId;
                script = Script.None;
            }
            if (own == Script.None)
            {
                neutral.Add(i);
            }
            else
            {
                if (own == script)
                {
                    stretch.AddRange(neutral);
                }
                else
                {
                    Close(items, ref languages, stretch, script);
                    script = own;
                }
                neutral.Clear();
                stretch.Add(i);
                // A sentence of one language may follow a sentence of another in the same script.
                if (EndsSentence(run.Text))
                {
                    Close(items, ref languages, stretch, script);
                    script = Script.None;
                }
            }
        }
        Close(items, ref languages, stretch, script);
        return languages;
    }

    /// <summary>True when <paramref name="language"/> (a BCP 47 tag) is written in the script <paramref name="guess"/> was told by.</summary>
    public static bool WrittenLike(string language, ScriptLanguage guess)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return guess.Language switch
        {
            "ar" => primary is "ar" or "fa" or "ur" or "ps" or "ckb" or "sd" or "ug" or "ku",
            "ru" => primary is "ru" or "uk" or "be" or "bg" or "sr" or "mk" or "kk" or "ky" or "mn" or "tg" or "tt" or "ba" or "cv" or "ce",
            _ => false,
        };
    }

    private static void Close(ReadOnlySpan<PageItem> items, ref ScriptLanguage?[]? languages, List<int> stretch, Script script)
    {
        ScriptLanguage? language = script switch
        {
            Script.Arabic => new ScriptLanguage("ar", Guessed: true),
            Script.Hebrew => new ScriptLanguage("he", Guessed: false),
            Script.Greek => new ScriptLanguage("el", Guessed: false),
            Script.Cyrillic => CyrillicLanguage(items, stretch),
            _ => null,
        };
        if (language is not null)
        {
            languages ??= new ScriptLanguage?[items.Length];
            foreach (var index in stretch)
            {
                languages[index] = language;
            }
        }
        stretch.Clear();
    }

    // Ukrainian alone writes ї є ґ, Belarusian ў; both write і, which Russian lacks; Russian and Belarusian write
    // ы э ё, which Bulgarian, Serbian and Macedonian lack. Other Cyrillic languages have letters of their own the stretch then also shows.
    private static ScriptLanguage CyrillicLanguage(ReadOnlySpan<PageItem> items, List<int> stretch)
    {
        bool belarusian = false, i = false, russian = false;
        foreach (var index in stretch)
        {
            foreach (var c in ((GlyphRunItem)items[index]).Text)
            {
                switch (char.ToLowerInvariant(c))
                {
                    case 'ї' or 'є' or 'ґ':
                        return new ScriptLanguage("uk", Guessed: false);
                    case 'ў':
                        belarusian = true;
                        break;
                    case 'і':
                        i = true;
                        break;
                    case 'ы' or 'э' or 'ё':
                        russian = true;
                        break;
                }
            }
        }
        return belarusian ? new ScriptLanguage("be", Guessed: false)
            : i ? new ScriptLanguage("uk", Guessed: false)
            : new ScriptLanguage("ru", Guessed: !russian);
    }

    private static bool EndsSentence(string text)
    {
        var end = text.AsSpan().TrimEnd(" \"'»”’)]");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or ';' or ':' or '…';
    }

    // The script of a run's first letter; None for a run without letters (spaces, digits, punctuation).
    private static Script ScriptOf(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            return c switch
            {
                >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
                >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F' => Script.Hebrew,
                >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => Script.Greek,
                >= '\u0400' and <= '\u052F' => Script.Cyrillic,
                _ => Script.Other,
            };
        }
        return Script.None;
    }
}
