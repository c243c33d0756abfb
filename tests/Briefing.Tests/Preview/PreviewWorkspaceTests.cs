using Briefing.Preview;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Preview;

public sealed class PreviewWorkspaceTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Offers_the_fact_sheets_of_the_folder_and_not_other_yaml()
    {
        folder.Write("briefs/b.yaml", "schema: briefing/v1\n");
        folder.Write("briefs/old/a.yml", "# note\nschema: briefing/v1\n");
        folder.Write("templates/memo/theme.yaml", "page:\n  size: A4\n");
        folder.Write(".git/x.yaml", "schema: briefing/v1\n");

        var (workspace, error) = PreviewWorkspace.Open(folder.Path);

        Assert.Null(error);
        Assert.Equal(["briefs/b.yaml", "briefs/old/a.yml"], workspace!.FactSheets);
        Assert.Equal("briefs/b.yaml", workspace.Initial);
    }

    [Fact]
    public void A_fact_sheet_given_opens_its_folder_and_comes_first()
    {
        var sheet = folder.Write("briefs/z.yaml", "schema: briefing/v1\n");
        folder.Write("briefs/a.yaml", "schema: briefing/v1\n");

        var (workspace, _) = PreviewWorkspace.Open(sheet);

        Assert.Equal("z.yaml", workspace!.Initial);
        Assert.Equal(folder.Combine("briefs"), workspace.Root);
    }

    [Theory]
    [InlineData("../outside.yaml")]
    [InlineData("sub/../../outside.yaml")]
    [InlineData("sub/./a.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("\\outside.yaml")]
    [InlineData("c:/outside.yaml")]
    [InlineData("sub//a.yaml")]
    [InlineData("sub/a.txt")]
    [InlineData("sub/missing.yaml")]
    [InlineData("")]
    [InlineData(null)]
    public void Resolves_no_path_that_is_absolute_climbs_out_or_is_no_fact_sheet(string? asked)
    {
        folder.Write("outside.yaml", "schema: briefing/v1\n");
        folder.Write("work/sub/a.yaml", "schema: briefing/v1\n");
        folder.Write("work/sub/a.txt", "schema: briefing/v1\n");
        var (workspace, _) = PreviewWorkspace.Open(folder.Combine("work"));

        Assert.Null(workspace!.Resolve(asked));
        Assert.Equal(folder.Combine("work", "sub", "a.yaml"), workspace.Resolve("sub/a.yaml"));
    }

    [Fact]
    public void Refuses_a_link_that_leads_out()
    {
        var outside = folder.Write("outside.yaml", "schema: briefing/v1\n");
        Directory.CreateDirectory(folder.Combine("work"));
        File.CreateSymbolicLink(folder.Combine("work", "link.yaml"), outside);
        var (workspace, _) = PreviewWorkspace.Open(folder.Combine("work"));

        Assert.Null(workspace!.Resolve("link.yaml"));
    }
}
