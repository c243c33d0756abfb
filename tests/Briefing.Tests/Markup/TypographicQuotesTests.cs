using Briefing.Document;
using Briefing.Markup;

namespace Briefing.Tests.Markup;

public sealed class TypographicQuotesTests
{
    [Theory]
    [InlineData("en", "He said \"yes\" and it's 'fine'.", "He said \u201Cyes\u201D and it\u2019s \u2018fine\u2019.")]
    [InlineData("en-GB", "The parties' \"red lines\" (\"none\").", "The parties\u2019 \u201Cred lines\u201D (\u201Cnone\u201D).")]
    [InlineData("fr", "Il a dit \"oui\" à l'accord.", "Il a dit \u00AB\u202Foui\u202F\u00BB à l\u2019accord.")]
    [InlineData("ru", "Он сказал \"да\".", "Он сказал \u00ABда\u00BB.")]
    [InlineData("de", "Er sagte \"ja\".", "Er sagte \u201Eja\u201C.")]
    [InlineData("en", "*Emphasis*\" then \"*quoted*\"", "Emphasis\u201D then \u201Cquoted\u201D")]
    public void Straight_quotes_become_the_language_s_marks(string language, string markdown, string expected)
    {
        Assert.Equal(expected, Text($"---\nlanguage: {language}\n---\n\n{markdown}\n"));
    }

    [Fact]
    public void Code_spans_and_escaped_quotes_stay_straight()
    {
        Assert.Equal("Run \"x\" and \"y\" now", Text("Run `\"x\"` and \\\"y\\\" now\n"));
    }

    [Fact]
    public void A_span_in_another_language_takes_its_marks()
    {
        Assert.Equal("Say \u201Chi\u201D or \u00AB\u202Fsalut\u202F\u00BB", Text("Say \"hi\" or *\"salut\"*{lang=fr}\n"));
    }

    private static string Text(string markdown) =>
        string.Concat(NodeWalk.Self(Assert.Single(TreeBuilder.Build(markdown).Blocks)).Select(n => n switch
        {
            TextNode t => t.Text,
            CodeNode c => c.Text,
            _ => "",
        }));
}
