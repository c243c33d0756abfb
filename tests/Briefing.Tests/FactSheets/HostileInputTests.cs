using System.Text;
using Briefing.FactSheets;

namespace Briefing.Tests.FactSheets;

/// <summary>Broken and malicious files end in diagnostics: no exception, no hang, no stack overflow.</summary>
/// <remarks>
/// The time-outs guard against hangs only; they are minutes long and say nothing about speed.
/// A stack overflow cannot be caught: if the depth guard failed, the whole test run would crash.
/// </remarks>
public class HostileInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private static LoadResult Load(string text) => Guarded(() => FactSheetLoader.Load(DiagnosticAssert.File, text));

    private static LoadResult Load(Stream stream) => Guarded(() => FactSheetLoader.Load(DiagnosticAssert.File, stream));

    private static LoadResult Guarded(Func<LoadResult> load)
    {
        var task = Task.Run(load);
        Assert.True(task.Wait(HangGuard), "loading did not finish");
        return task.Result;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \t\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("--- ~\n")]
    public void Empty_file(string text)
    {
        DiagnosticAssert.Matches(Load(text), "1:1: error: the file is empty (a fact sheet starts with `schema: briefing/v1`)");
    }


    [Theory]
    [InlineData("just words\n", "1:1: error: the fact sheet must be a map, found `just words`")]
    [InlineData("- schema: briefing/v1\n", "1:1: error: the fact sheet must be a map, found a list")]
    [InlineData("[1, 2]\n", "1:1: error: the fact sheet must be a map, found a list")]
    public void Top_level_scalar_or_list(string text, string expected)
    {
        DiagnosticAssert.Matches(Load(text), expected);
    }

    [Fact]
    public void Random_binary_is_not_utf8()
    {
        var bytes = new byte[64 * 1024];
        new Random(20250218).NextBytes(bytes);
        var diagnostic = Assert.Single(Load(new MemoryStream(bytes)).Diagnostics);
        Assert.Equal("the file is not UTF-8 text (invalid byte sequence)", diagnostic.Message);
        Assert.Equal(1, diagnostic.Line);
    }

    [Fact]
    public void Invalid_utf8_is_reported_where_it_occurs()
    {
        var bytes = Encoding.UTF8.GetBytes("schema: briefing/v1\ntitle: caf").Concat(new byte[] { 0xE9, 0x0A }).ToArray();
        DiagnosticAssert.Matches(Load(new MemoryStream(bytes)), "2:11: error: the file is not UTF-8 text (invalid byte sequence)");
    }

    [Fact]
    public void Control_characters_are_refused()
    {
        DiagnosticAssert.Matches(Load("schema: briefing/v1\nti\0tle: x\n"), "2:3: error: the file contains the control character U+0000");
    }

    [Fact]
    public void Lone_surrogate_in_a_string_is_refused()
    {
        DiagnosticAssert.Matches(Load("title: a\uD800b\n"), "1:9: error: the file contains the control character U+D800");
    }

    [Fact]
    public void Tab_indentation_points_at_the_tab()
    {
        var text = SampleSheets.Minimal.Replace("  name: Senior officials' meeting", "\tname: Senior officials' meeting");
        DiagnosticAssert.Matches(Load(text), "6:1: error: a tab is used for indentation (YAML indents with spaces only)");
    }

    [Fact]
    public void Unclosed_quote_is_a_syntax_error_at_the_quote()
    {
        var text = SampleSheets.Minimal.Replace("title: Example talks", "title: \"Example talks");
        DiagnosticAssert.Matches(Load(text), "3:8: error: YAML syntax error: ");
    }

    [Fact]
    public void Syntax_error_carries_the_parsers_position()
    {
        DiagnosticAssert.Matches(Load("schema: briefing/v1\ntitle: a: b\n"), "2:9: error: YAML syntax error: ");
    }

    [Fact]
    public void Parser_failure_other_than_a_syntax_error_is_reported_where_reading_stopped()
    {
        // YamlDotNet throws InvalidOperationException here rather than a YamlException.
        DiagnosticAssert.Matches(Load("schema: briefing/v1\nsummary: [a, b\nid: x\n"),
            "2:12: error: YAML syntax error: the text after this point cannot be read (look for an unclosed bracket or quote)");
    }

    [Fact]
    public void Huge_stream_stops_at_the_size_limit_without_reading_it_all()
    {
        var stream = new EndlessScalar(30 * 1024 * 1024);
        DiagnosticAssert.Matches(Load(stream),
            "1:1: error: the file is larger than the limit of 4 MiB (4194304 bytes) for a fact sheet");
        Assert.True(stream.Position <= FactSheetLoader.MaxBytes + 1, $"read {stream.Position} bytes");
    }

    [Fact]
    public void Huge_string_is_refused_by_size()
    {
        var text = "title: " + new string('x', 30 * 1024 * 1024);
        DiagnosticAssert.Matches(Load(text), "1:1: error: the file is larger than the limit of 4 MiB");
    }

    [Fact]
    public void File_of_exactly_the_limit_is_read()
    {
        var text = "extra: " + new string('x', FactSheetLoader.MaxBytes - "extra: ".Length);
        var result = Load(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("larger than"));
    }

    [Fact]
    public void Multibyte_text_over_the_limit_in_bytes_is_refused()
    {
        // Fewer characters than the limit, more UTF-8 bytes.
        var text = "title: " + new string('я', FactSheetLoader.MaxBytes / 2 + 1);
        DiagnosticAssert.Matches(Load(text), "1:1: error: the file is larger than the limit of 4 MiB");
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{a: ")]
    [InlineData("- ")]
    public void Deep_nesting_stops_at_the_depth_limit(string opener)
    {
        var text = string.Concat(Enumerable.Repeat(opener, 100_000));
        var result = Load(text);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("nested more than 64 levels deep", diagnostic.Message);
    }

    [Fact]
    public void Deep_but_closed_brackets_stop_at_the_depth_limit()
    {
        var text = "extra: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        DiagnosticAssert.Matches(Load(text), "1:71: error: maps and lists are nested more than 64 levels deep");
    }

    [Fact]
    public void Deep_block_indentation_stops_at_the_depth_limit()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 2_000; i++) text.Append(' ', i).Append("k:\n");
        var diagnostic = Assert.Single(Load(text.ToString()).Diagnostics);
        Assert.Contains("nested more than 64 levels deep", diagnostic.Message);
    }

    [Fact]
    public void Billion_laughs_is_refused_at_the_first_anchor_and_alias()
    {
        var text = new StringBuilder("extra:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            text.Append($"  a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        var result = Load(SampleSheets.Minimal + text);
        Assert.False(result.Succeeded);
        Assert.Equal("17:7: error: anchors (`&a0`) are not supported in fact sheets (write each value out in full)",
            DiagnosticAssert.Printed(result)[0]);
        Assert.Equal("18:7: error: anchors (`&a1`) are not supported in fact sheets (write each value out in full)",
            DiagnosticAssert.Printed(result)[1]);
        Assert.StartsWith("18:12: error: aliases (`*a0`) are not supported", DiagnosticAssert.Printed(result)[2]);
        Assert.True(result.Diagnostics.Count <= 201);
    }

    [Fact]
    public void Many_errors_are_capped()
    {
        var text = new StringBuilder(SampleSheets.Minimal);
        for (var i = 0; i < 10_000; i++) text.Append($"unknown{i}: x\n");
        var result = Load(text.ToString());
        Assert.Equal(201, result.Diagnostics.Count);
        Assert.StartsWith("too many errors; stopped after the first 200", result.Diagnostics[^1].Message);
    }

    [Fact]
    public void Multiple_documents_are_refused_at_the_second()
    {
        DiagnosticAssert.Matches(Load("---\n" + SampleSheets.Minimal + "---\n" + SampleSheets.Minimal),
            "17:1: error: a fact sheet holds one YAML document; a second one starts here");
    }

    private const string Specials = "[]{}:-'\"&*!|>#\t ,?%@`";

    [Fact]
    public void Mangled_sheets_never_throw()
    {
        // Deterministic mutations of a full sheet: deleted, doubled and swapped characters.
        var random = new Random(7);
        var source = SampleSheets.Full;
        for (var round = 0; round < 300; round++)
        {
            var chars = source.ToCharArray().ToList();
            for (var edit = 0; edit < 1 + round % 5; edit++)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(4))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, chars[at]); break;
                    case 2: chars[at] = Specials[random.Next(Specials.Length)]; break;
                    default: chars.Insert(at, '\n'); break;
                }
            }

            var text = new string(chars.ToArray());
            var result = FactSheetLoader.Load(DiagnosticAssert.File, text);
            Assert.True(result.Succeeded || result.Diagnostics.Count > 0, text);
            Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
        }
    }

    /// <summary>A stream of <c>title: xxxx...</c> that produces bytes as they are read, and counts them.</summary>
    private sealed class EndlessScalar(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++) buffer[offset + i] = _position + i < 7 ? (byte)"title: "[(int)(_position + i)] : (byte)'x';
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
