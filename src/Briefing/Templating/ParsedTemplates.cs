using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;

namespace Briefing.Templating;

/// <summary>
/// Templates and partials already parsed, by file and by their text: a batch renders many fact sheets with the same
/// template, and a parsed Scriban template is a read-only tree that renders any number of times, on any thread, each
/// with its own context. The text is read again for every render and compared, so a file edited in between (watch,
/// serve) is parsed again, unless the templates are <see cref="ReadOnce"/>. Safe to share between threads.
/// </summary>
public sealed class ParsedTemplates
{
    private readonly ConcurrentDictionary<(string Path, bool Include), (string Text, Template Template)> _parsed = new();
    private readonly ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private int _parses;

    /// <summary>Templates whose text is read again for every render, so that an edit is seen by the next one.</summary>
    public ParsedTemplates()
    {
    }

    /// <summary>
    /// With <paramref name="readOnce"/>, every file name is resolved and every file read once, at its first render, and
    /// later renders take what was found then: a build renders all its documents with the templates as they were when it
    /// started (the text its keys were computed from), and saves resolving each partial's path, link by link, and
    /// reading it for every document.
    /// </summary>
    public ParsedTemplates(bool readOnce)
    {
        ReadOnce = readOnce;
    }

    /// <summary>Whether each name is resolved and each file read only once, for every render that shares these templates.</summary>
    public bool ReadOnce { get; }

    /// <summary>How many times a text was parsed, for all files together.</summary>
    internal int Parses => Volatile.Read(ref _parses);

    /// <summary>The main template of <paramref name="path"/> with this <paramref name="text"/>, as <c>Template.Parse</c> gives it.</summary>
    internal Template Main(string path, string text) => Get(path, text, include: false, () => Template.Parse(text, path));

    /// <summary>A partial as Scriban's <c>include</c> parses it, with the context's options for included templates.</summary>
    internal Template Include(string path, string text, ParserOptions parserOptions, LexerOptions lexerOptions) =>
        Get(path, text, include: true, () => Template.Parse(text, path, parserOptions, lexerOptions));

    /// <summary>
    /// What <paramref name="resolve"/> finds for <paramref name="name"/> (a real path): found again for every render, or
    /// once when <see cref="ReadOnce"/>. Nothing is kept when it finds nothing or throws, so a failure is reported by every
    /// render as without sharing.
    /// </summary>
    internal string? Resolve(string name, Func<string?> resolve)
    {
        if (ReadOnce && _resolved.TryGetValue(name, out var known))
        {
            return known;
        }

        var found = resolve();
        if (ReadOnce && found is not null)
        {
            _resolved.TryAdd(name, found);
        }

        return found;
    }

    /// <summary>The text of the file at <paramref name="path"/> as <paramref name="read"/> gives it: read for every render, or once when <see cref="ReadOnce"/>.</summary>
    internal string Read(string path, Func<string> read) => ReadOnce ? _texts.GetOrAdd(path, _ => read()) : read();

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
