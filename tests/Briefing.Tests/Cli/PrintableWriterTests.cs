using Briefing.Cli;

namespace Briefing.Tests.Cli;

public class PrintableWriterTests
{
    [Fact]
    public void Everything_written_to_the_terminal_shows_control_characters_as_escapes()
    {
        var inner = new StringWriter();
        var writer = new PrintableWriter(inner);

        writer.WriteLine("[1/2] ok out/\u001B[31mred\u001B[0m.pdf");
        writer.Write('\u0007');
        writer.Write("tab\tkept\n");

        Assert.Equal("[1/2] ok out/\\u001B[31mred\\u001B[0m.pdf" + Environment.NewLine + "\\u0007tab\tkept\n", inner.ToString());
    }
}
