using System.Text;
using System.Text.Json;
using Briefing.Diagnostics;

namespace Briefing.Building;

/// <summary>
/// <c>manifest.json</c>: every output file (each format of each document) with its format, inputs, page count, size and SHA-256, every failure with
/// its diagnostics, and every fact sheet that loaded with what the next build needs to know of it without loading it
/// again (its id, side files and own diagnostics, by the SHA-256 of its bytes). Sorted and free of times (no file
/// dates either), so the same build writes the same manifest.
/// </summary>
public static class BuildManifest
{
    public static string ToJson(IEnumerable<BuildOutcome> outcomes, string relativeTo, IReadOnlyList<KeptOutput>? kept = null)
    {
        kept ??= [];
        var done = outcomes.ToList();
        var failedJobs = done.Where(o => !o.Succeeded).Select(o => o.Job.Identity).ToHashSet(StringComparer.Ordinal);
        var keptByFailure = kept.Where(k => failedJobs.Contains(BuildJob.IdentityOf(k.Recorded.FactSheet!, k.Recorded.Template!)))
            .ToLookup(k => BuildJob.IdentityOf(k.Recorded.FactSheet!, k.Recorded.Template!), StringComparer.Ordinal);
        var sorted = done.Concat(Carried(kept.Where(k => !keptByFailure.Contains(BuildJob.IdentityOf(k.Recorded.FactSheet!, k.Recorded.Template!)))))
            .OrderBy(o => o.Job.Key, StringComparer.Ordinal).ToList();
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
                var left = keptByFailure[outcome.Job.Identity].OrderBy(k => k.Path, StringComparer.Ordinal).ToList();
                if (left.Count > 0)
                {
                    // The last good files of this document, left as the earlier build wrote them.
                    json.WriteStartArray("kept");
                    foreach (var file in left)
                    {
                        json.WriteStartObject();
                        json.WriteString("output", Relative(file.Path, relativeTo));
                        json.WriteString("format", file.Recorded.Format.ToString().ToLowerInvariant());
                        json.WriteNumber("pages", file.Recorded.Pages);
                        json.WriteNumber("bytes", file.Recorded.Bytes);
                        json.WriteString("sha256", file.Recorded.Sha256);
                        json.WriteString("key", file.Recorded.Key);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteFactSheets(json, sorted, relativeTo);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    // Another shard's outputs, listed again as the earlier build recorded them.
    private static IEnumerable<BuildOutcome> Carried(IEnumerable<KeptOutput> kept) =>
        kept.GroupBy(k => (k.Recorded.FactSheet!, k.Recorded.Template!))
            .Select(g => new BuildOutcome(
                new BuildJob(g.Key.Item1, g.Key.Item2),
                [.. g.OrderBy(k => k.Recorded.Format).Select(k => new BuildOutput(k.Path, k.Recorded.Format, k.Recorded.Bytes, k.Recorded.Sha256))],
                g.First().Recorded.Pages,
                [])
            { Key = g.First().Recorded.Key, Reused = true });

    private static void WriteFactSheets(Utf8JsonWriter json, IEnumerable<BuildOutcome> outcomes, string relativeTo)
    {
        var sheets = outcomes.Where(o => o.FactSheet is not null)
            .Select(o => (Path: o.Job.FactSheetPath, Inputs: o.FactSheet!))
            .DistinctBy(s => s.Path, StringComparer.Ordinal)
            .OrderBy(s => Relative(s.Path, relativeTo), StringComparer.Ordinal);
        json.WriteStartArray("fact_sheets");
        foreach (var (path, inputs) in sheets)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? "";
            json.WriteStartObject();
            json.WriteString("fact_sheet", Relative(path, relativeTo));
            json.WriteString("id", inputs.Id);
            json.WriteNumber("bytes", inputs.Bytes);
            json.WriteString("sha256", inputs.Sha256);
            json.WriteStartArray("side_files");
            foreach (var file in inputs.SideFiles)
            {
                json.WriteStringValue(Path.GetRelativePath(folder, file).Replace('\\', '/'));
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in inputs.Diagnostics)
            {
                json.WriteStartObject();
                // The fact sheet itself is named by its path in the build that reads this, which may be spelt otherwise.
                if (diagnostic.File != path)
                {
                    json.WriteString("file", diagnostic.File);
                }

                json.WriteNumber("line", diagnostic.Line);
                json.WriteNumber("column", diagnostic.Column);
                json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", diagnostic.Message);
                if (diagnostic.Hint is { } hint)
                {
                    json.WriteString("hint", hint);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// The outputs and fact sheets a manifest records, by full path (its relative paths taken from
    /// <paramref name="relativeTo"/>); none when the file is missing or unreadable, so that everything is rendered again.
    /// </summary>
    public static PreviousBuild Read(string manifestPath, string relativeTo)
    {
        var outputs = new Dictionary<string, PreviousOutput>(StringComparer.Ordinal);
        var sheets = new Dictionary<string, FactSheetInputs>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            foreach (var output in document.RootElement.GetProperty("outputs").EnumerateArray())
            {
                ReadOutput(outputs, output, output, relativeTo);
            }

            // A failed document's kept files are earlier outputs still on disk: reusable, and removable once no job makes them.
            if (document.RootElement.TryGetProperty("failures", out var failures))
            {
                foreach (var failure in failures.EnumerateArray())
                {
                    if (failure.TryGetProperty("kept", out var kept))
                    {
                        foreach (var output in kept.EnumerateArray())
                        {
                            ReadOutput(outputs, output, failure, relativeTo);
                        }
                    }
                }
            }

            if (document.RootElement.TryGetProperty("fact_sheets", out var recorded))
            {
                foreach (var sheet in recorded.EnumerateArray())
                {
                    var full = Path.GetFullPath(Path.Combine(relativeTo, Text(sheet, "fact_sheet")));
                    sheets[full] = ReadFactSheet(sheet, full);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            // A missing or damaged manifest only costs a full build.
            return PreviousBuild.None;
        }

        return new PreviousBuild(outputs, sheets);
    }

    private static void ReadOutput(Dictionary<string, PreviousOutput> outputs, JsonElement output, JsonElement job, string relativeTo)
    {
        if (output.TryGetProperty("key", out var key) && key.GetString() is { } keyText
            && output.GetProperty("output").GetString() is { } path
            && output.GetProperty("sha256").GetString() is { } sha256)
        {
            outputs[Path.GetFullPath(Path.Combine(relativeTo, path))] =
                new PreviousOutput(keyText, sha256, output.GetProperty("pages").GetInt32(), output.GetProperty("bytes").GetInt64())
                {
                    FactSheet = job.TryGetProperty("fact_sheet", out var sheet) && sheet.GetString() is { } sheetPath ? Path.GetFullPath(Path.Combine(relativeTo, sheetPath)) : null,
                    Template = job.TryGetProperty("template", out var template) ? template.GetString() : null,
                    Format = output.TryGetProperty("format", out var format) && Enum.TryParse<BuildFormat>(format.GetString(), ignoreCase: true, out var parsed) ? parsed : BuildFormat.Pdf,
                };
        }
    }

    private static FactSheetInputs ReadFactSheet(JsonElement sheet, string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath) ?? "";
        var sideFiles = sheet.GetProperty("side_files").EnumerateArray().Select(f => Path.GetFullPath(Path.Combine(folder, f.GetString()!))).ToList();
        var diagnostics = sheet.GetProperty("diagnostics").EnumerateArray().Select(d => new Diagnostic(
            d.TryGetProperty("file", out var file) ? file.GetString()! : fullPath,
            d.GetProperty("line").GetInt32(),
            d.GetProperty("column").GetInt32(),
            Text(d, "severity") switch
            {
                "warning" => Severity.Warning,
                "note" => Severity.Note,
                _ => throw new FormatException("a loaded fact sheet has no errors"),
            },
            Text(d, "message"),
            d.TryGetProperty("hint", out var hint) ? hint.GetString() : null)).ToList();
        return new FactSheetInputs(Text(sheet, "id"), sheet.GetProperty("bytes").GetInt64(), Text(sheet, "sha256"), sideFiles, diagnostics);
    }

    private static string Text(JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new FormatException($"`{property}` is null");

    private static string Relative(string path, string relativeTo) =>
        Path.GetRelativePath(relativeTo, Path.GetFullPath(path)).Replace('\\', '/');
}
