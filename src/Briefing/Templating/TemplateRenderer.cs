using Briefing.Workspace;
using Briefing.Diagnostics;
using Briefing.FactSheets;
using Scriban;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>Renders a fact sheet through a named template of a templates folder into Markdown.</summary>
public static class TemplateRenderer
{
    /// <summary>Largest Markdown a template may write, in UTF-16 characters.</summary>
    public const int OutputLimit = 4_000_000;

    /// <summary>Iterations all loops of a template may run together.</summary>
    public const int LoopLimit = 200_000;

    /// <summary>Wall-clock time a template may run; the shipped templates take milliseconds.</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(10);

    /// <summary>Deepest nesting of function calls and includes.</summary>
    public const int RecursiveLimit = 64;

    /// <summary>
    /// Renders <paramref name="sheet"/> with <c>templatesDir/templateName/template.sbn</c>. Template problems
    /// (syntax, unknown names, runtime errors, limits, refused includes) come back as diagnostics that point
    /// at the template file, line and column; this method does not throw for them. <paramref name="factSheetPath"/>,
    /// when given, is named in the hints of those diagnostics. <paramref name="fit"/> is exposed to the template as
    /// <c>fit</c>: 0 on the first try; a page-limited template shortens more for each higher value. <paramref name="pages"/>
    /// answers <c>b.page_of</c> with the pages of the previous layout pass.
    /// </summary>
    /// <remarks>
    /// The template runs for at most <paramref name="budget"/> (default <see cref="TimeBudget"/>); a cancelled
    /// <paramref name="cancellationToken"/> stops it within one node's work with <see cref="OperationCanceledException"/>.
    /// Templates and partials are taken from <paramref name="parsed"/> when it holds them with the same text.
    /// </remarks>
    public static TemplateResult Render(FactSheet sheet, string templatesDir, string templateName, string? factSheetPath = null, int fit = 0, PageNumbers? pages = null,
        TimeSpan? budget = null, CancellationToken cancellationToken = default, ParsedTemplates? parsed = null)
    {
        if (!Directory.Exists(templatesDir))
            return Failed(new Diagnostic(templatesDir, 0, 0, Severity.Error, "The templates folder does not exist",
                "point --templates at a folder holding <name>/template.sbn"));
        // The full catalog reads every README; it is only needed to name the known templates in an error.
        if (!IsTemplateName(templateName) || !File.Exists(Path.Combine(templatesDir, templateName, "template.sbn")))
        {
            var known = TemplateCatalog.List(templatesDir);
            var names = known.Count == 0 ? "none found" : string.Join(", ", known.Select(t => t.Name));
            return Failed(new Diagnostic(templatesDir, 0, 0, Severity.Error,
                $"Unknown template `{templateName}`", $"known templates: {names}"));
        }

        var realRoot = parsed is null ? RealPath.Resolve(templatesDir) : parsed.Resolve($"\n{templatesDir}", () => RealPath.Resolve(templatesDir));
        if (realRoot is null)
            return Failed(new Diagnostic(templatesDir, 0, 0, Severity.Error, "The templates folder cannot be resolved"));
        var loader = new SandboxedTemplateLoader(realRoot) { Parsed = parsed };
        var context = BriefContext.Create(sheet, loader, fit, pages ?? PageNumbers.Unknown(), budget ?? TimeBudget, cancellationToken, out var globals);
        var places = new TemplatePlaces(templatesDir, realRoot, factSheetPath) { Globals = globals };
        var mainPath = loader.ResolveShared($"{templateName}/template.sbn");
        if (mainPath is null)
            return Failed(places.At(Path.Combine(realRoot, templateName, "template.sbn"), "The template file lies outside the templates folder"));

        try
        {
            var text = loader.Load(context, default, mainPath);
            var template = parsed?.Main(mainPath, text) ?? Template.Parse(text, mainPath);
            var diagnostics = places.From(template.Messages).ToList();
            if (template.HasErrors) return new TemplateResult(null, UnclosedBlocks.Explain(diagnostics, template.Messages, places));
            places.Main = template.Page;

            var output = new PlacedOutput(context);
            context.PushOutput(output);
            var raw = template.Render(context);
            var (markdown, origins) = BlankLines.CollapseKeepingOrigins(raw.ReplaceLineEndings("\n"));
            if (UnprintableIn(markdown) is { } found)
            {
                // Only the template's own text can still hold one here: every value written was checked as it was written.
                return Failed(places.At(mainPath, $"the template's text holds {found.Description} (line {found.Line} of the Markdown it writes)"));
            }

            // A handful of files write all the lines: each file's name is made once for display, not once per line.
            var shown = new Dictionary<string, string>(StringComparer.Ordinal);
            var lines = new List<TemplatePlace?>(origins.Count);
            foreach (var o in origins)
            {
                if (o < output.Lines.Count && output.Lines[o] is { } at)
                {
                    var file = at.File ?? mainPath;
                    if (!shown.TryGetValue(file, out var display))
                    {
                        shown[file] = display = places.Display(file);
                    }
                    lines.Add(new TemplatePlace(display, at.Line + 1));
                }
                else
                {
                    lines.Add(null);
                }
            }
            var values = ((MarkdownTemplateContext)context).TakeInserted(output);
            return new TemplateResult(markdown, diagnostics) { Lines = lines, Values = InsertedValues.Moved(values, raw, markdown, origins) };
        }
        catch (ScriptRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // Scriban wraps what a function call throws; a cancellation must still end the render as one.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptParserRuntimeException e)
        {
            var messages = places.From(e.ParserMessages).DefaultIfEmpty(places.At(e.Span, e.OriginalMessage)).ToList();
            return new TemplateResult(null, UnclosedBlocks.Explain(messages, e.ParserMessages, places));
        }
        catch (IncludeException e)
        {
            return Failed(places.At(e.Span, e.OriginalMessage, hint: e.Hint));
        }
        catch (ScriptRuntimeException e)
        {
            return Failed(places.At(e.Span, FunctionFailure.Message(e)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(places.At(mainPath, $"Cannot read the template: {e.Message}"));
        }
    }

    private static TemplateResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);

    private static (string Description, int Line)? UnprintableIn(string markdown) =>
        Diagnostics.UnprintableCharacter.Find(markdown.AsSpan()) is { } found
            ? (found.Description, markdown.AsSpan(0, found.Index).Count('\n') + 1)
            : null;

    // The names TemplateCatalog lists: one folder of the templates folder, not a partials or hidden folder.
    private static bool IsTemplateName(string name) =>
        name.Length > 0 && name[0] is not ('_' or '.') && name.IndexOfAny(['/', '\\', ':']) < 0;
}
