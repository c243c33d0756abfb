using System.Text;
using System.Text.Json;

namespace Briefing.Building;

/// <summary>
/// <c>manifest.json</c>: every output file (each format of each document) with its format, inputs, page count, size and SHA-256, and every failure with
/// its diagnostics. Sorted and free of times, so the same build writes the same manifest.
/// </summary>
public static class BuildManifest
{
    public static string ToJson(IEnumerable<BuildOutcome> outcomes, string relativeTo)
    {
        var sorted = outcomes.OrderBy(o => o.Job.Key, StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "briefing");
            json.WriteStartArray("outputs");
            foreach (var outcome in sorted.Where(o => o.Succeeded))
            {
                foreach (var output in outcome.Outputs)
                {
                    json.WriteStartObject();
                    json.WriteString("output", Relative(output.Path, relativeTo));
                    json.WriteString("format", output.Format.ToString().ToLowerInvariant());
                    json.WriteString("fact_sheet", Relative(outcome.Job.FactSheetPath, relativeTo));
                    json.WriteString("template", outcome.Job.Template);
                    json.WriteNumber("pages", outcome.Pages);
                    json.WriteNumber("bytes", output.Bytes);
                    json.WriteString("sha256", output.Sha256);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("failures");
            foreach (var outcome in sorted.Where(o => !o.Succeeded))
            {
                json.WriteStartObject();
                json.WriteString("fact_sheet", Relative(outcome.Job.FactSheetPath, relativeTo));
                json.WriteString("template", outcome.Job.Template);
                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in outcome.Diagnostics)
                {
                    json.WriteStringValue(diagnostic.ToString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static string Relative(string path, string relativeTo) =>
        Path.GetRelativePath(relativeTo, Path.GetFullPath(path)).Replace('\\', '/');
}
