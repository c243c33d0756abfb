using System.Text;
using Briefing.FactSheets;
using Briefing.FactSheets.Yaml;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.FactSheets;

public class SheetIdPeekTests
{
    public static TheoryData<string> Sheets()
    {
        var sheets = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs"), "*.yaml")
            .Concat(Directory.EnumerateFiles(RepositoryRoot.Combine("tests", "Briefing.Tests", "Outside", "Sheets"), "*.yaml"))
            .Append(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml")).Order(StringComparer.Ordinal))
        {
            sheets.Add(file);
        }

        return sheets;
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public void The_id_read_alone_is_the_id_of_the_loaded_sheet(string path)
    {
        var bytes = File.ReadAllBytes(path);

        var loaded = FactSheetLoader.Load(path, new MemoryStream(bytes)).FactSheet;

        Assert.NotNull(loaded);
        Assert.Equal(loaded.Id, SheetIdPeek.Read(bytes));
    }

    [Theory]
    [InlineData("schema: 1\nid: plain-id\ntitle: x\n", "plain-id")]
    [InlineData("\uFEFFid: after-a-bom\n", "after-a-bom")]
    [InlineData("title: |\n  id: not-this\nparties: [{id: nor-this}]\n\"id\": \"  quoted-and-trimmed \"\n", "quoted-and-trimmed")]
    [InlineData("meta:\n  id: nested\nid: top\n", "top")]
    public void The_top_level_id_is_read(string yaml, string id)
    {
        Assert.Equal(id, SheetIdPeek.Read(Encoding.UTF8.GetBytes(yaml)));
    }

    [Theory]
    [InlineData("title: no id here\n")]
    [InlineData("- id: a list\n")]
    [InlineData("id: &anchor aliased\n")]
    [InlineData("id: !!str tagged\n")]
    [InlineData("id:\n  - not a text\n")]
    [InlineData("id: \"\"\n")]
    [InlineData("id: [unclosed\n")]
    [InlineData("id: with\u2028a line separator\n")]
    [InlineData("")]
    public void An_id_that_only_loading_can_tell_is_left_to_loading(string yaml)
    {
        Assert.Null(SheetIdPeek.Read(Encoding.UTF8.GetBytes(yaml)));
    }

    [Fact]
    public void A_sheet_larger_than_loading_accepts_is_left_to_loading_which_refuses_it_by_its_size()
    {
        var bytes = Encoding.UTF8.GetBytes("id: big\nnotes: " + new string('x', FactSheetLoader.MaxBytes) + "\n");

        Assert.Null(SheetIdPeek.Read(bytes));
        Assert.Equal("big", SheetIdPeek.Read(bytes.AsSpan(0, 8)));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_have_no_id_read_alone()
    {
        Assert.Null(SheetIdPeek.Read([.. "id: x"u8, 0xFF, 0xFE]));
    }
}
