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
                    json.WriteString("key", outcome.Key);
                    json.WriteBoolean("reused", outcome.Reused);
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

    /// <summary>
    /// The files a manifest records, by full path (its relative paths taken from <paramref name="relativeTo"/>);
    /// empty when the file is missing or unreadable, so that everything is rendered again.
    /// </summary>
    public static IReadOnlyDictionary<string, PreviousOutput> Read(string manifestPath, string relativeTo)
    {
        var outputs = new Dictionary<string, PreviousOutput>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            foreach (var output in document.RootElement.GetProperty("outputs").EnumerateArray())
            {
                if (output.TryGetProperty("key", out var key) && key.GetString() is { } keyText
                    && output.GetProperty("output").GetString() is { } path
                    && output.GetProperty("sha256").GetString() is { } sha256)
                {
                    outputs[Path.GetFullPath(Path.Combine(relativeTo, path))] =
                        new PreviousOutput(keyText, sha256, output.GetProperty("pages").GetInt32(), output.GetProperty("bytes").GetInt64());
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // A missing or damaged manifest only costs a full build.
            return new Dictionary<string, PreviousOutput>(StringComparer.Ordinal);
        }

        return outputs;
    }

    private static string Relative(string path, string relativeTo) =>
        Path.GetRelativePath(relativeTo, Path.GetFullPath(path)).Replace('\\', '/');
}
