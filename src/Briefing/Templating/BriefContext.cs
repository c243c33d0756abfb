using Briefing.FactSheets;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>The one place that decides what a briefing template can reach and how far it may run.</summary>
internal static class BriefContext
{
    public static TemplateContext Create(FactSheet sheet, SandboxedTemplateLoader loader)
    {
        var context = new MarkdownTemplateContext(SandboxBuiltins.Create())
        {
            TemplateLoader = loader,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            LoopLimit = TemplateRenderer.LoopLimit,
            RecursiveLimit = TemplateRenderer.RecursiveLimit,
            OutputLimit = TemplateRenderer.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            NewLine = "\n",
            // Members of .NET objects are never exposed: the model is built from plain script objects.
            MemberFilter = _ => false,
        };
        var brief = BriefModel.From(sheet);
        var globals = new ScriptObject();
        globals.SetValue("brief", brief, true);
        globals.SetValue("b", BriefFunctions.Create(sheet, brief), true);
        context.PushGlobal(globals);
        return context;
    }
}
