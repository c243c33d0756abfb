using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>A Scriban context whose every <c>{{ expression }}</c> output is escaped for Markdown.</summary>
/// <remarks>
/// Escaping at the single place where values reach the output means a template author cannot forget it.
/// Template text outside <c>{{ }}</c> does not pass here and stays markup; so does <see cref="MarkdownText"/>.
/// </remarks>
internal sealed class MarkdownTemplateContext : TemplateContext
{
    private readonly long deadline;
    private readonly TimeSpan budget;
    private SourceSpan? lastPrinted;

    // Per output (the main one, a partial's, a capture's): the fact-sheet values written into it, by character range.
    private readonly Dictionary<IScriptOutput, List<InsertedValue>> inserted = new(ReferenceEqualityComparer.Instance);

    // The output of each include being rendered, innermost on top; null until the partial's page starts.
    private readonly Stack<IScriptOutput?> includes = new();

    /// <param name="builtins">The functions the template may call.</param>
    /// <param name="budget">Wall-clock time the template may run: loop and recursion limits alone still let a template
    /// run for minutes (exponential recursion within the depth limit, huge strings within the iteration limit).</param>
    public MarkdownTemplateContext(Scriban.Runtime.ScriptObject builtins, TimeSpan budget) : base(builtins)
    {
        Origins = new ValueOrigins();
        this.budget = budget;
        deadline = Environment.TickCount64 + (long)budget.TotalMilliseconds;
    }

    // Every node passes here, so a runaway template stops within one node's work of its deadline or of a cancellation.
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (Environment.TickCount64 > deadline)
        {
            throw new ScriptRuntimeException(scriptNode?.Span ?? default,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the template ran longer than {budget.TotalSeconds:0.#} s, the limit for a template; does it call itself or build strings without end?"));
        }

        if (scriptNode is ScriptPage && includes.TryPeek(out var pending) && pending is null)
        {
            // Scriban renders a partial's page into an output of its own; that output is the partial's text.
            includes.Pop();
            includes.Push(Output);
        }

        if (scriptNode is ScriptRawStatement raw)
        {
            // Scriban names the enclosing block as the current node while it writes template text; the text's own span places it.
            RawSpan = raw.Span;
            RawCount++;
        }

        var result = base.Evaluate(scriptNode, aliasReturnedFunction);

        // Scriban's `/` divides as floating point, so `1 / 0` would print "Infinity" into the memo: a mistake, said at its place.
        if (scriptNode is ScriptBinaryExpression && result is double or float && !double.IsFinite(Convert.ToDouble(result, System.Globalization.CultureInfo.InvariantCulture)))
        {
            throw new ScriptRuntimeException(scriptNode.Span, "the arithmetic gives no number (a division by zero, or a result too large)");
        }

        // Scriban writes a statement's value after evaluating it, naming the enclosing block rather than the statement;
        // the statement is noted once it is evaluated, so statements inside it (an include's) do not stand for it.
        if (scriptNode is ScriptExpressionStatement)
        {
            lastPrinted = scriptNode.Span;
        }

        return result;
    }

    /// <summary>Which fact-sheet value each object of the model is; set once the model is built.</summary>
    public ValueOrigins Origins { get; set; }

    /// <summary>The fact-sheet values written into <paramref name="output"/>, by character range; forgotten once taken.</summary>
    public IReadOnlyList<InsertedValue> TakeInserted(IScriptOutput output) =>
        inserted.Remove(output, out var values) ? values : [];

    /// <summary>An include starts: what its partial writes is collected apart.</summary>
    public void BeginInclude() => includes.Push(null);

    /// <summary>The include ended: the fact-sheet values its partial wrote, relative to the partial's text.</summary>
    public IReadOnlyList<InsertedValue> EndInclude() =>
        includes.Pop() is { } output ? TakeInserted(output) : [];

    /// <summary>The span of the template text last evaluated: where text being written that is not a value starts.</summary>
    public SourceSpan? RawSpan { get; private set; }

    /// <summary>How many times template text was evaluated: tells one writing of <see cref="RawSpan"/> (in a loop) from the next.</summary>
    public int RawCount { get; private set; }

    /// <summary>The span of the <c>{{ }}</c> whose value is being written, while it is written; else null.</summary>
    public SourceSpan? WritingSpan { get; private set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var outer = WritingSpan;
        WritingSpan = lastPrinted ?? span;
        var output = Output;
        var start = LengthOf(output);
        try
        {
            return textAsObject switch
            {
                null => this,
                MarkdownText markup => base.Write(span, Printable(WritingSpan ?? span, markup.Value)),
                // What a `capture` block holds was escaped as it was written; printing it again must not escape it twice.
                IScriptOutput captured => base.Write(span, captured.ToString()),
                _ => base.Write(span, MarkdownEscaper.Escape(Printable(WritingSpan ?? span, ObjectToString(textAsObject) ?? ""))),
            };
        }
        finally
        {
            WritingSpan = outer;
            Note(output, start, textAsObject);
        }
    }

    // Records which characters just written print fact-sheet values: the value itself, or those a partial or capture held.
    private void Note(IScriptOutput output, int start, object? written)
    {
        var end = LengthOf(output);
        if (start < 0 || end <= start) return;
        // Most writes print one value or none: that case is recorded without a list of its own.
        InsertedValue? single = null;
        IReadOnlyList<InsertedValue> values = [];
        switch (written)
        {
            case MarkdownText markup:
                values = markup.Inserted;
                break;
            case IScriptOutput captured:
                values = TakeInserted(captured);
                break;
            default:
                if (Origins.KeyOf(written) is { } key)
                {
                    single = new InsertedValue(0, end - start, key);
                }
                break;
        }
        if (single is null && values.Count == 0) return;
        if (!inserted.TryGetValue(output, out var list))
        {
            list = [];
            inserted.Add(output, list);
        }

        if (single is { } one)
        {
            list.Add(one.After(start));
            return;
        }
        for (var i = 0; i < values.Count; i++)
        {
            list.Add(values[i].After(start));
        }
    }

    private static int LengthOf(IScriptOutput output) => output switch
    {
        PlacedOutput placed => placed.Length,
        StringBuilderOutput builder => builder.Builder.Length,
        _ => -1,
    };

    // A string literal can hold an escape such as "\x1b" or "\uFFFF"; a control character, lone surrogate or
    // noncharacter would be drawn as a box, break the Word file's XML or reach the PDF's metadata, so the template
    // fails at the expression that writes it.
    private static string Printable(SourceSpan span, string text)
    {
        if (Diagnostics.UnprintableCharacter.Find(text) is { } found)
        {
            throw new ScriptRuntimeException(span, $"the template writes {found.Description}, which cannot be printed");
        }

        return text;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        MarkdownText markup => markup.Value,
        MarkedText marked => marked.ToString(),
        // Printed as ISO 8601 whatever the machine: the US form Scriban would print reads wrongly in most offices.
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        _ => base.ObjectToString(value, nested) ?? "",
    };
}
