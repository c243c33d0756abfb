using Briefing.Workspace;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>Serves <c>include</c> from the templates folder only.</summary>
/// <remarks>
/// Include names are relative to the templates folder (<c>include "_partials/sources.sbn"</c>). Absolute names,
/// <c>..</c> segments and links that lead outside the folder are refused, judged on the real path.
/// </remarks>
internal sealed class SandboxedTemplateLoader(string templatesRoot) : ITemplateLoader
{
    private readonly string _root = templatesRoot;

    // A loader serves one render, and a partial inside a loop is included once per item: its name is resolved (every
    // link on the way read) and checked once per render, so an edit between renders is still seen.
    private readonly Dictionary<string, string> _resolved = new(StringComparer.Ordinal);

    /// <summary>Partials parsed by earlier renders, handed to Scriban's include so that it does not parse them again.</summary>
    public ParsedTemplates? Parsed { get; init; }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (_resolved.TryGetValue(templateName, out var known))
        {
            return known;
        }

        if (Shared(templateName, () => Includable(callerSpan, templateName)) is { } path)
        {
            Share(context, path);
            _resolved[templateName] = path;
            return path;
        }
        if (IsSafeName(templateName) && RealPath.Resolve(Path.Combine(_root, templateName)) is { } candidate
            && RealPath.IsInside(candidate, _root) && !File.Exists(candidate))
        {
            var partials = Partials();
            var close = FactSheets.Format.KeySuggestion.Closest(templateName, partials);
            throw new IncludeException(callerSpan, $"Cannot include `{templateName}`: not found in the templates folder",
                close is not null ? $"did you mean `{close}`?"
                    : partials.Count == 0 ? "put the partial in the templates folder, e.g. `_partials/name.sbn`"
                    : $"the partials there: {string.Join(", ", partials)}");
        }
        throw new IncludeException(callerSpan,
            $"Cannot include `{templateName}`: includes must name a file inside the templates folder, relative to it",
            "write the name relative to the templates folder, without `..` or a leading `/`, e.g. `_partials/sources.sbn`");
    }

    // Checked here, where the include's place is known; Scriban would wrap a failure of Load in a message of its own.
    private string? Includable(SourceSpan callerSpan, string templateName)
    {
        if (ResolveInside(templateName) is not { } path)
        {
            return null;
        }

        if (FileIdentity.Of(path).Kind != FileKind.Regular || new FileInfo(path).Length > InputFile.TextLimit)
        {
            try
            {
                InputFile.ReadText(path, InputFile.TextLimit, "partial");
            }
            catch (IOException e)
            {
                throw new IncludeException(callerSpan, $"Cannot include `{templateName}`: {e.Message}", $"a partial is a text file of at most {InputFile.Size(InputFile.TextLimit)}");
            }
        }

        return path;
    }

    /// <summary><see cref="ResolveInside"/>, once for all renders when they share templates read once.</summary>
    public string? ResolveShared(string relativeName) => Shared(relativeName, () => ResolveInside(relativeName));

    private string? Shared(string relativeName, Func<string?> resolve) =>
        Parsed is { } parsed ? parsed.Resolve($"{_root}\n{relativeName}", resolve) : resolve();

    // Scriban's include parses a partial only when the context has none cached under its path; one that cannot be read
    // or has parse errors is left to Scriban, which reports it in its own way.
    private void Share(TemplateContext context, string path)
    {
        if (Parsed is null || context.CachedTemplates.ContainsKey(path))
        {
            return;
        }

        string text;
        try
        {
            text = Load(context, default, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var template = Parsed.Include(path, text, context.TemplateLoaderParserOptions, context.TemplateLoaderLexerOptions);
        if (!template.HasErrors)
        {
            context.CachedTemplates[path] = template;
        }
    }

    private static bool IsSafeName(string name) =>
        !string.IsNullOrWhiteSpace(name) && !Path.IsPathRooted(name) && !name.Contains('\0')
        && name.Split('/', '\\').All(s => s is not (".." or "." or ""));

    // Partials are .sbn files of the templates folder other than the templates themselves.
    private List<string> Partials() =>
        FolderWalk.Files(_root, f => f.EndsWith(".sbn", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "template.sbn")
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Take(20)
            .ToList();

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Parsed is { } parsed
            ? parsed.Read(templatePath, () => InputFile.ReadText(templatePath, InputFile.TextLimit, "template"))
            : InputFile.ReadText(templatePath, InputFile.TextLimit, "template");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The real path of a file named relative to the root, or null when it is not a file inside it.</summary>
    public string? ResolveInside(string relativeName)
    {
        if (string.IsNullOrWhiteSpace(relativeName) || Path.IsPathRooted(relativeName) || relativeName.Contains('\0'))
            return null;
        var segments = relativeName.Split('/', '\\');
        if (segments.Any(s => s is ".." or "." || s.Length == 0)) return null;
        var candidate = RealPath.Resolve(Path.Combine(_root, Path.Combine(segments)));
        if (candidate is null || !RealPath.IsInside(candidate, _root) || !File.Exists(candidate)) return null;
        return candidate;
    }
}
