using System.Globalization;
using System.IO.Compression;
using Briefing.Tests.Infrastructure;
using Briefing.Text;
using Briefing.Text.Bidi;
using Xunit.Abstractions;

namespace Briefing.Tests.Text.Bidi;

/// <summary>
/// The bidi algorithm against Unicode's own conformance files (UCD 15.0.0, carried here compressed): every case's
/// levels and visual order. The share passed is printed; every case must pass.
/// </summary>
public sealed class BidiConformanceTests(ITestOutputHelper output)
{
    private static readonly string Folder = RepositoryRoot.Combine("tests", "Briefing.Tests", "Text", "Bidi");

    [Fact]
    public void Passes_every_case_of_BidiTest_txt()
    {
        var categories = Enum.GetValues<BidiCategory>().ToDictionary(c => c.ToString(), c => c);
        string[] levels = [];
        string[] order = [];
        var passed = 0;
        var failed = new List<string>();
        foreach (var line in Lines("BidiTest.txt.gz"))
        {
            if (line.StartsWith("@Levels:", StringComparison.Ordinal))
            {
                levels = line["@Levels:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            if (line.StartsWith("@Reorder:", StringComparison.Ordinal))
            {
                order = line["@Reorder:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var fields = line.Split(';');
            var input = fields[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(c => categories[c]).ToArray();
            var directions = int.Parse(fields[1].Trim(), CultureInfo.InvariantCulture);
            foreach (var (bit, paragraph) in new[] { (1, -1), (2, 0), (4, 1) })
            {
                if ((directions & bit) == 0)
                {
                    continue;
                }
                var result = BidiParagraph.Resolve(input, [], paragraph);
                if (Check(input, result.Levels, levels, order))
                {
                    passed++;
                }
                else if (failed.Count < 20)
                {
                    failed.Add($"{fields[0]} (direction {paragraph}): levels {string.Join(" ", result.Levels)}, expected {string.Join(" ", levels)}");
                }
                else
                {
                    failed.Add("");
                }
            }
        }
        Report("BidiTest.txt", passed, failed);
    }

    [Fact]
    public void Passes_every_case_of_BidiCharacterTest_txt()
    {
        var passed = 0;
        var failed = new List<string>();
        foreach (var line in Lines("BidiCharacterTest.txt.gz"))
        {
            var fields = line.Split(';');
            var codepoints = fields[0].Split(' ').Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            var direction = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var expectedParagraph = int.Parse(fields[2], CultureInfo.InvariantCulture);
            var levels = fields[3].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var order = fields[4].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var input = codepoints.Select(BidiCategories.Of).ToArray();
            var result = BidiParagraph.Resolve(input, codepoints, direction == 2 ? -1 : direction);
            if (result.ParagraphLevel == expectedParagraph && Check(input, result.Levels, levels, order))
            {
                passed++;
            }
            else if (failed.Count < 20)
            {
                failed.Add($"{fields[0]} (direction {direction}): paragraph {result.ParagraphLevel}, levels {string.Join(" ", result.Levels)}, expected {fields[3]}; order {fields[4]}");
            }
            else
            {
                failed.Add("");
            }
        }
        Report("BidiCharacterTest.txt", passed, failed);
    }

    [Fact]
    public void Classes_of_some_characters()
    {
        Assert.Equal(BidiCategory.L, BidiCategories.Of('a'));
        Assert.Equal(BidiCategory.R, BidiCategories.Of('ש'));
        Assert.Equal(BidiCategory.AL, BidiCategories.Of('م'));
        Assert.Equal(BidiCategory.AN, BidiCategories.Of(0x0661));
        Assert.Equal(BidiCategory.EN, BidiCategories.Of('7'));
        Assert.Equal(BidiCategory.BN, BidiCategories.Of(0x200D));
        Assert.Equal(BidiCategory.L, BidiCategories.Of(0x200E));
        Assert.Equal(BidiCategory.ET, BidiCategories.Of(0x20C5));
        Assert.Equal(BidiCategory.AL, BidiCategories.Of(0x07BF));
        Assert.Equal(BidiCategory.R, BidiCategories.Of(0x05FF));
        Assert.Equal((0x3008, true), BidiCategories.Bracket(0x2329));
        Assert.Equal((0x3008, false), BidiCategories.Bracket(0x3009));
    }

    private static bool Check(BidiCategory[] input, byte[] levels, string[] expectedLevels, string[] expectedOrder)
    {
        var kept = new List<int>();
        for (var i = 0; i < input.Length; i++)
        {
            if (expectedLevels[i] == "x")
            {
                continue;
            }
            if (levels[i].ToString(CultureInfo.InvariantCulture) != expectedLevels[i])
            {
                return false;
            }
            kept.Add(i);
        }
        var visual = BidiOrder.Visual(kept.Select(i => (int)levels[i]).ToArray()).Select(k => kept[k].ToString(CultureInfo.InvariantCulture));
        return visual.SequenceEqual(expectedOrder);
    }

    private void Report(string file, int passed, List<string> failed)
    {
        var total = passed + failed.Count;
        output.WriteLine($"{file}: {passed} of {total} cases passed ({100.0 * passed / total:0.000}%)");
        Assert.True(failed.Count == 0, $"{file}: {failed.Count} of {total} cases failed, e.g.\n{string.Join("\n", failed.Where(f => f.Length > 0))}");
        Assert.True(passed > 1000, $"{file}: only {passed} cases read");
    }

    private static IEnumerable<string> Lines(string name)
    {
        using var file = File.OpenRead(Path.Combine(Folder, name));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
