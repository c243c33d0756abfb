using Briefing.FactSheets;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>The one place that decides what a briefing template can reach and how far it may run.</summary>
internal static class BriefContext
{
    // `globals` returns what the template can name (brief, b, builtins), for "did you mean" hints.
    public static TemplateContext Create(FactSheet sheet, SandboxedTemplateLoader loader, int fit, PageNumbers pages, TimeSpan budget, CancellationToken cancellationToken, out IReadOnlyList<ScriptObject> globals)
    {
        var context = new MarkdownTemplateContext(SandboxBuiltins.Create(), budget)
        {
            CancellationToken = cancellationToken,
            TemplateLoader = loader,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            LoopLimit = TemplateRenderer.LoopLimit,
            RecursiveLimit = TemplateRenderer.RecursiveLimit,
            OutputLimit = TemplateRenderer.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            // Scriban's default cuts any string longer than 1 MiB to that length plus "..." without a word; a value
            // or a built string may be as long as the whole output, and past that the render fails naming the limit.
            LimitToString = TemplateRenderer.OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            NewLine = "\n",
            // Members of .NET objects are never exposed: the model is built from plain script objects.
            MemberFilter = _ => false,
        };
        var brief = BriefModel.From(sheet);
        context.Origins = ValueOrigins.Of(brief, sheet.Places);
        var variables = new ScriptObject();
        variables.SetValue("brief", brief, true);
        variables.SetValue("b", BriefFunctions.Create(sheet, brief, pages, context.Origins), true);
        // How hard a page-limited template must shorten: 0 first, higher after the layout found it too long.
        variables.SetValue("fit", fit, true);
        // A template that must keep to N pages sets `max_pages = N`; the front-matter partial passes it on to layout.
        variables.SetValue("max_pages", null, false);
        context.PushGlobal(variables);
        globals = [variables, context.BuiltinObject];
        return context;
    }
}
