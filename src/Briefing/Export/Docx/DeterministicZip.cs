using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Briefing.Export.Docx;

/// <summary>
/// Rewrites a package with every entry stamped with the document's date and in a fixed order, so the same
/// document gives the same bytes: the packaging library stamps entries with the clock, names the core-properties
/// part after a random GUID and gives the package's own relationships random ids.
/// </summary>
internal static partial class DeterministicZip
{
    public static byte[] Repack(MemoryStream package, DateTime date)
    {
        // Zip dates start in 1980.
        var stamp = new DateTimeOffset(date.Year < 1980 ? new DateTime(1980, 1, 1) : DateTime.SpecifyKind(date, DateTimeKind.Unspecified), TimeSpan.Zero);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Word wants [Content_Types].xml first; the rest by name.
            var core = source.Entries.FirstOrDefault(e => e.FullName.StartsWith(CoreFolder, StringComparison.Ordinal))?.FullName;
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => Name(e.FullName, core), StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(Name(entry.FullName, core), CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    using var reader = new StreamReader(from);
                    var ids = 0;
                    var text = RandomId().Replace(reader.ReadToEnd(), _ => $"Id=\"rId{++ids}\"");
                    if (core is not null)
                    {
                        text = text.Replace(core, CoreName, StringComparison.Ordinal);
                    }
                    var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
                    to.Write(bytes);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }

    private const string CoreFolder = "package/services/metadata/core-properties/";

    private const string CoreName = CoreFolder + "core.psmdcp";

    [GeneratedRegex("Id=\"R[0-9a-f]+\"")]
    private static partial Regex RandomId();

    private static string Name(string name, string? core) => name == core ? CoreName : name;
}
