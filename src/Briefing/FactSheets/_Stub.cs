namespace Briefing.FactSheets;
public sealed record LoadResult(FactSheet? FactSheet, IReadOnlyList<Briefing.Diagnostics.Diagnostic> Diagnostics) { public bool Succeeded => FactSheet is not null; }
public static class FactSheetLoader { public static LoadResult Load(string p, string t) => new(null, []); public static LoadResult Load(string p, Stream s) => new(null, []); }
public static class FactSheetSchema { public static string ToJsonSchema() => "{}\n"; }
