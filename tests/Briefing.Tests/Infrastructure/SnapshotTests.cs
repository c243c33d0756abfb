namespace Briefing.Tests.Infrastructure;

public class SnapshotTests
{
    private static readonly SnapshotMode Local = new(Ci: false, Accept: false);

    [Fact]
    public void A_missing_snapshot_fails_under_ci_with_a_message_that_says_how_to_accept()
    {
        using var folder = new TemporaryFolder();
        var paths = Snapshot.Paths(folder.Combine("Demo.cs"), "Method", null, "txt");

        var error = Assert.ThrowsAny<Exception>(() => Snapshot.VerifyText("hello", paths, new SnapshotMode(Ci: true, Accept: true)));

        Assert.Contains("accept", error.Message);
        Assert.False(File.Exists(paths.Verified));
        Assert.True(File.Exists(paths.Received));
    }

    [Fact]
    public void A_difference_fails_with_the_first_differing_line_and_accepting_makes_it_pass()
    {
        using var folder = new TemporaryFolder();
        var paths = Snapshot.Paths(folder.Combine("Demo.cs"), "Method", "page", "txt");
        File.WriteAllText(paths.Verified, "one\ntwo\nthree\n");

        var error = Assert.ThrowsAny<Exception>(() => Snapshot.VerifyText("one\n2\nthree", paths, Local));
        Assert.Contains("line 2: expected `two`, got `2`", error.Message);
        Assert.Equal("one\n2\nthree\n", File.ReadAllText(paths.Received));

        Snapshot.VerifyText("one\n2\nthree", paths, new SnapshotMode(Ci: false, Accept: true));
        Snapshot.VerifyText("one\r\n2\r\nthree\r\n", paths, Local);
        Assert.False(File.Exists(paths.Received));
    }

    [Fact]
    public void Snapshot_files_are_named_after_the_test_class_and_method()
    {
        var (verified, received) = Snapshot.Paths("/src/tests/RenderTests.cs", "Memo", "page-1", "png");

        Assert.Equal("/src/tests/RenderTests.Memo.page-1.verified.png", verified);
        Assert.Equal("/src/tests/RenderTests.Memo.page-1.received.png", received);
    }
}
