namespace Briefing.Text.Hyphenation;

/// <summary>
/// The hyphenators of the languages a renderer has met, loaded once: reading a language's patterns costs more than
/// laying out a memo. Not shared between threads.
/// </summary>
public sealed class Hyphenators
{
    private readonly Dictionary<string, Hyphenator?> _loaded = new(StringComparer.OrdinalIgnoreCase);
    private string? _lastLanguage;
    private Hyphenator? _last;

    /// <summary>The hyphenator for a language tag, or null when no patterns ship for its language.</summary>
    internal Hyphenator? For(string language)
    {
        // Every word of a paragraph asks with the same string: the answer for it is kept at hand, without a hash that
        // ignores case.
        if (ReferenceEquals(language, _lastLanguage))
        {
            return _last;
        }
        _lastLanguage = language;
        return _last = Loaded(language);
    }

    private Hyphenator? Loaded(string language)
    {
        if (!_loaded.TryGetValue(language, out var hyphenator))
        {
            hyphenator = Hyphenator.Load(language);
            _loaded[language] = hyphenator;
        }
        return hyphenator;
    }
}
