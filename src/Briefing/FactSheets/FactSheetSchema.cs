using Briefing.FactSheets.Format;

namespace Briefing.FactSheets;

/// <summary>The <c>briefing/v1</c> format as a JSON Schema, for YAML editors (yaml-language-server) and other tools.</summary>
public static class FactSheetSchema
{
    /// <summary>
    /// The JSON Schema (draft-07) text, LF line ends, ending in a newline; the same bytes on every call.
    /// Written from the very definition the loader checks against. Cross-checks between values
    /// (unique ids, references, one lead) cannot be said in JSON Schema and are left to the loader.
    /// </summary>
    public static string ToJsonSchema() => JsonSchemaWriter.Write(
        FactSheetFormat.Root,
        $"Briefing fact sheet ({FactSheet.SchemaVersion}, {FactSheet.SchemaVersion11})",
        "One diplomatic event and the parties around it. Facts only: wording, order and looks belong to templates and themes.");
}
