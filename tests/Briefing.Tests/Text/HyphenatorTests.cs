using Briefing.Text.Hyphenation;

namespace Briefing.Tests.Text;

/// <summary>Liang hyphenation with the shipped patterns and exceptions: a table of words per language.</summary>
public sealed class HyphenatorTests
{
    [Theory]
    [MemberData(nameof(Words))]
    public void Hyphenates_words_as_a_dictionary_does(string language, string expected)
    {
        var hyphenator = Hyphenator.Load(language)!;
        var word = expected.Replace("-", "", StringComparison.Ordinal);

        var points = hyphenator.Points(word);

        var actual = word;
        foreach (var point in points.Reverse())
        {
            actual = actual.Insert(point, "-");
        }
        Assert.Equal(expected, actual);
    }

    public static TheoryData<string, string> Words() => new()
    {
        { "en", "hy-phen-ation" },
        { "en", "in-ter-na-tional" },
        { "en", "ne-go-ti-a-tion" },
        { "en", "del-e-ga-tion" },
        { "en", "min-is-te-rial" },
        { "en", "rep-re-sen-ta-tive" },
        { "en", "co-op-er-a-tion" },
        { "en", "ad-min-is-tra-tion" },
        { "en", "ta-ble" },
        { "en", "project" },
        { "en", "present" },
        { "en", "Ukraine" },
        { "en", "as-so-ciate" },
        { "en", "rec-i-proc-ity" },
        { "en", "se-cu-rity" },
        { "ru", "пе-ре-го-во-ры" },
        { "ru", "ми-ни-стер-ство" },
        { "ru", "де-ле-га-ция" },
        { "ru", "без-опас-ность" },
        { "ru", "пред-ста-ви-тель" },
        { "ru", "со-труд-ни-че-ство" },
        { "fr", "né-go-cia-tion" },
        { "fr", "mi-nis-tère" },
        { "fr", "dé-lé-ga-tion" },
        { "fr", "co-opé-ra-tion" },
        { "fr", "re-pré-sen-tant" },
        { "fr", "gou-ver-ne-ment" },
        { "de", "Ver-hand-lun-gen" },
        { "de", "Au-ßen-mi-nis-te-ri-um" },
        { "de", "De-le-ga-ti-on" },
        { "de", "Zu-sam-men-ar-beit" },
        { "de", "Si-cher-heit" },
        { "de", "Bun-des-re-gie-rung" },
        { "uk", "пе-ре-го-во-ри" },
        { "uk", "мі-ні-стер-ство" },
        { "uk", "де-ле-га-ція" },
        { "uk", "без-пе-ка" },
        { "uk", "м\u2019я-со" },
    };

    [Fact]
    public void A_language_without_patterns_has_no_hyphenator_and_a_region_takes_its_language()
    {
        Assert.Null(Hyphenator.Load("ar"));
        Assert.Null(Hyphenator.Load("be"));
        Assert.Equal("en", Hyphenator.Load("en-GB")!.Language);
        Assert.Equal("de", Hyphenator.Load("de_AT")!.Language);
    }

    [Fact]
    public void Short_words_are_never_hyphenated()
    {
        Assert.Empty(Hyphenator.Load("en")!.Points("also"));
        Assert.Empty(Hyphenator.Load("ru")!.Points("мир"));
    }

    [Fact]
    public void A_renderer_s_hyphenators_answer_each_language_as_it_changes_from_word_to_word()
    {
        var hyphenators = new Hyphenators();
        var english = "en";

        Assert.Equal("en", hyphenators.For(english)!.Language);
        Assert.Equal("de", hyphenators.For("de-AT")!.Language);
        Assert.Null(hyphenators.For("ar"));
        Assert.Equal("en", hyphenators.For(english)!.Language);
        Assert.Same(hyphenators.For(english), hyphenators.For(new string("EN".ToCharArray())));
    }
}
