using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;

namespace Briefing.Templating;

/// <summary>
/// Templates and partials already parsed, by file and by their text: a batch renders many fact sheets with the same
/// template, and a parsed Scriban template is a read-only tree that renders any number of times, on any thread, each
/// with its own context. The text is read again for every render and compared, so a file edited in between (watch,
/// serve) is parsed again. Safe to share between threads.
/// </summary>
public sealed class ParsedTemplates
{
    private readonly ConcurrentDictionary<(string Path, bool Include), (string Text, Template Template)> _parsed = new();
    private int _parses;

    /// <summary>How many times a text was parsed, for all files together.</summary>
    internal int Parses => Volatile.Read(ref _parses);

    /// <summary>The main template of <paramref name="path"/> with this <paramref name="text"/>, as <c>Template.Parse</c> gives it.</summary>
    internal Template Main(string path, string text) => Get(path, text, include: false, () => Template.Parse(text, path));

    /// <summary>A partial as Scriban's <c>include</c> parses it, with the context's options for included templates.</summary>
    internal Template Include(string path, string text, ParserOptions parserOptions, LexerOptions lexerOptions) =>
        Get(path, text, include: true, () => Template.Parse(text, path, parserOptions, lexerOptions));

    private Template Get(string path, string text, bool include, Func<Template> parse)
    {
        if (_parsed.TryGetValue((path, include), out var known) && string.Equals(known.Text, text, StringComparison.Ordinal))
        {
            return known.Template;
        }

        var template = parse();
        Interlocked.Increment(ref _parses);
        _parsed[(path, include)] = (text, template);
        return template;
    }
}
