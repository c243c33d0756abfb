namespace Briefing.Diagnostics;

/// <summary>Collects the problems of one input file and hands them back in the order a reader meets them.</summary>
/// <remarks>
/// The cap keeps a hostile file (a million unknown keys) from turning into a million-line report;
/// the first problems are the ones an author fixes first anyway.
/// </remarks>
internal sealed class DiagnosticBag(string file, int limit = DiagnosticBag.DefaultLimit)
{
    public const int DefaultLimit = 200;

    private readonly List<Diagnostic> _items = [];
    private bool _overflowed;
    private int _errors;

    public string File { get; } = file;

    public bool HasErrors => _errors > 0 || _overflowed;

    /// <summary>True when further errors are only counted, so a caller may skip composing them.</summary>
    public bool IsFull => _items.Count >= limit;

    public void Error(int line, int column, string message, string? hint = null) => Add(Severity.Error, line, column, message, hint);

    public void Warning(int line, int column, string message, string? hint = null) => Add(Severity.Warning, line, column, message, hint);

    public void Note(int line, int column, string message, string? hint = null) => Add(Severity.Note, line, column, message, hint);

    /// <summary>Adds what another file (a marking scheme) reported, as it is.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    private void Add(Severity severity, int line, int column, string message, string? hint) =>
        Add(new Diagnostic(File, line, column, severity, message, hint));

    private void Add(Diagnostic diagnostic)
    {
        if (_items.Count >= limit)
        {
            _overflowed = true;
            return;
        }

        if (diagnostic.Severity == Severity.Error) _errors++;
        _items.Add(diagnostic);
    }

    /// <summary>The diagnostics ordered by position; the order of reporting breaks ties.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var sorted = _items.OrderBy(d => d.File != File).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
        if (_overflowed)
        {
            var last = sorted[^1];
            sorted.Add(new Diagnostic(File, last.Line, last.Column, Severity.Error,
                $"too many errors; stopped after the first {limit}"));
        }

        return sorted;
    }
}
