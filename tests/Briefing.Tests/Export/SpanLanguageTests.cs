using System.Text.RegularExpressions;
using Briefing.Tests.Layout;

namespace Briefing.Tests.Export;

/// <summary>Text in another script than the document's is marked with its language, so a screen reader switches voice.</summary>
public sealed partial class SpanLanguageTests
{
    [Fact]
    public void Hebrew_and_greek_spans_carry_their_language()
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf("---\ntitle: t\nlanguage: en\n---\n\nLed by Yossi Cohen (יוסי כהן) and Giorgos Gerapetritis (Γιώργος Γεραπετρίτης)."));
        Assert.Contains("/Lang (he)", pdf);
        Assert.Contains("/Lang (el)", pdf);
    }

    /// <summary>Most words of a Ukrainian sentence have no letter Russian lacks; the sentence is Ukrainian all the same.</summary>
    [Fact]
    public void A_ukrainian_sentence_is_ukrainian_in_every_word()
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf("---\ntitle: t\nlanguage: en\n---\n\nHe said: Ми повернемо всіх наших людей додому. Then Moscow: Обмен состоится при посредничестве ОАЭ."));
        Assert.Equal(1, Languages(pdf, "uk"));
        Assert.Equal(1, Languages(pdf, "ru"));
    }

    /// <summary>The spaces between the words of a name belong to it: one span, read in one voice, not three.</summary>
    [Fact]
    public void A_name_in_another_script_is_one_span()
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf("---\ntitle: t\nlanguage: en\n---\n\nThe minister (فيصل بن فرحان) met Андрій Сибіга and Сергей Лавров."));
        Assert.Equal(1, Languages(pdf, "ar"));
        Assert.Equal(1, Languages(pdf, "uk"));
        Assert.Equal(1, Languages(pdf, "ru"));
    }

    [Fact]
    public void Text_in_the_documents_own_script_states_no_language_of_its_own()
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf("---\ntitle: t\nlanguage: uk\n---\n\nМи повернемо всіх наших людей додому."));
        Assert.Equal(0, Languages(pdf, "uk"));
    }

    /// <summary>The script alone does not make Bulgarian Russian, nor Persian Arabic.</summary>
    [Theory]
    [InlineData("bg", "Министърът каза, че преговорите ще продължат.", "ru")]
    [InlineData("fa", "وزیر امور خارجه گفت که گفتگوها ادامه خواهد یافت.", "ar")]
    public void A_language_written_in_the_same_script_is_not_overruled_by_a_guess(string language, string text, string guess)
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf($"---\ntitle: t\nlanguage: {language}\n---\n\n{text}"));
        Assert.Equal(0, Languages(pdf, guess));
    }

    [Fact]
    public void A_russian_quote_in_a_ukrainian_document_is_russian()
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf("---\ntitle: t\nlanguage: uk\n---\n\nВін сказав. Обмен состоится при посредничестве ОАЭ."));
        Assert.Equal(1, Languages(pdf, "ru"));
    }

    private static int Languages(string pdf, string language) => SpanLanguage().Matches(pdf).Count(m => m.Groups[1].Value == language);

    [GeneratedRegex(@"/MCID \d+ /Lang \(([a-z-]+)\)")]
    private static partial Regex SpanLanguage();
}
