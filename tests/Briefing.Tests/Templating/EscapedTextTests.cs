using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>The Markdown an escaped value becomes, written out by hand from the escaping rules.</summary>
public class EscapedTextTests
{
    [Theory]
    [InlineData("Talks in Riyadh: *progress*; see www.state.gov or https://x.org", "Talks in Riyadh: \\*progress\\*; see www\\.state.gov or https\\://x.org")]
    [InlineData("a == b + c ++ d = e", "a \\=\\= b + c \\+\\+ d = e")]
    [InlineData("write to mailto:desk@example.org, tel:+41", "write to mailto\\:desk@example.org, tel\\:+41")]
    [InlineData("plain words with no markup at all", "plain words with no markup at all")]
    [InlineData("  line one\r\nline two\u2028three\t ", "line one line two three")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("- [link](x) <b> | ~ ^ & $ ! # {}", "\\- \\[link\\]\\(x\\) \\<b\\> \\| \\~ \\^ \\& \\$ \\! \\# \\{\\}")]
    [InlineData("ends with a backslash \\", "ends with a backslash \\\\")]
    public void A_value_becomes_exactly_this_markdown(string value, string markdown)
    {
        Assert.Equal(markdown, MarkdownEscaper.Escape(value));
    }
}
