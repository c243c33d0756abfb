using System.Globalization;
using System.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// Mixed Markdown of a chosen length, generated rather than read so the layout benchmarks need no files:
/// headings, paragraphs with emphasis, bullet and numbered lists, and tables, in a fixed order.
/// </summary>
internal static class SyntheticDocument
{
    private static readonly string[] Sentences =
    [
        "The delegations met for four and a half hours in the Diriyah Palace and agreed to restore embassy staffing.",
        "Kyiv was not invited and said it would not recognise any **agreement reached without Ukraine** at the table.",
        "European capitals asked for a seat in any later round and for guarantees that outlast a ceasefire.",
        "Moscow repeated its demand that *NATO rule out membership* for Ukraine and withdraw from the eastern flank.",
        "Washington described the meeting as a first step and named a team to prepare talks at leader level.",
        "Energy infrastructure, Black Sea shipping and prisoner exchanges were listed as possible early measures.",
    ];

    /// <summary>Markdown of <paramref name="sections"/> sections; 30 sections come to about 100 pages in the default theme.</summary>
    public static string Markdown(int sections)
    {
        var md = new StringBuilder();
        md.AppendLine("---").AppendLine("title: Synthetic briefing book").AppendLine("classification: UNCLASSIFIED").AppendLine("---").AppendLine();
        for (var s = 1; s <= sections; s++)
        {
            md.Append(CultureInfo.InvariantCulture, $"# Section {s}: negotiating track {s}").AppendLine().AppendLine();
            for (var sub = 1; sub <= 3; sub++)
            {
                md.Append(CultureInfo.InvariantCulture, $"## {s}.{sub} Positions and options").AppendLine().AppendLine();
                for (var p = 0; p < 4; p++)
                {
                    for (var k = 0; k < 5; k++)
                    {
                        md.Append(Sentences[(s + sub + p + k) % Sentences.Length]).Append(' ');
                    }

                    md.AppendLine().AppendLine();
                }

                for (var i = 0; i < 5; i++)
                {
                    md.Append(sub % 2 == 0 ? $"{i + 1}. " : "- ").AppendLine(Sentences[(s + i) % Sentences.Length]);
                }

                md.AppendLine();
                md.AppendLine("| Party | Position | Red line | Since |");
                md.AppendLine("|---|---|---|---|");
                for (var r = 0; r < 6; r++)
                {
                    md.Append(CultureInfo.InvariantCulture, $"| Party {r + 1} | {Sentences[(s + r) % Sentences.Length][..60]} | none stated | 2025-02-{10 + r} |").AppendLine();
                }

                md.AppendLine();
            }
        }

        return md.ToString();
    }
}
