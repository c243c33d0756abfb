using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

public class SchemaCommandTests
{
    [Fact]
    public void Prints_exactly_the_committed_schema_that_briefs_point_editors_at()
    {
        var run = CliRun.Of("schema");

        Assert.Equal(0, run.ExitCode);
        var committed = File.ReadAllText(RepositoryRoot.Combine("briefs", "schema", "briefing-v1.schema.json"));
        Assert.True(
            committed == run.Out,
            "briefs/schema/briefing-v1.schema.json is out of date; regenerate it with: dotnet run --project src/Briefing.Cli -- schema > briefs/schema/briefing-v1.schema.json");
    }

    [Fact]
    public void The_brief_points_editors_at_the_committed_schema()
    {
        var first = File.ReadLines(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml")).First();

        Assert.Equal("# yaml-language-server: $schema=./schema/briefing-v1.schema.json", first);
        Assert.True(File.Exists(RepositoryRoot.Combine("briefs", "schema", "briefing-v1.schema.json")));
    }
}
