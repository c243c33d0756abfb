namespace Briefing.Tests.Layout;

/// <summary>A document that uses every supported feature, for looking at and for file-level checks.</summary>
internal static class SampleDocument
{
    public const string Markdown = """
        ---
        title: Visit of the Foreign Minister
        subject: Briefing memo
        author: Protocol Office
        keywords: [visit, bilateral]
        language: en
        classification: CONFIDENTIAL
        date: 2026-03-14
        ---

        # Visit of the Foreign Minister

        This memo prepares the **bilateral meeting** on *14 March 2026*. It covers the agenda, the
        participants and the `key messages`. See [the agenda](#agenda) and the [ministry site](https://example.org/visit).
        Office efficiency: fine ligatures, AVATAR kerning, Wa To.[^1]

        ## Agenda

        1. Opening remarks by the Minister
        2. Trade and investment
           - Customs cooperation
           - Energy transit — the long-standing question of pipeline tariffs
        3. Closing

        ::: note
        **Note.** The delegation arrives at 09:30 at the north entrance. Security screening takes about
        fifteen minutes.
        :::

        ## Participants

        | Name | Role | Organisation |
        |:-----|:-----|-------------:|
        | Anna Schmidt | Head of delegation | Ministry of Foreign Affairs |
        | Иван Петров | Deputy minister | Министерство иностранных дел |
        | سارة أحمد | Adviser | وزارة الخارجية |

        > The relationship between our countries rests on trust and shared interests.

        ### Key messages

        - We welcome the progress on the customs agreement.
        - Mixed text: the word مرحبا بالعالم appears in a Latin line, and English inside Arabic.
        - Привет, мир — Cyrillic text in a list.

        ---

        مرحبا بالعالم، هذا سطر باللغة العربية مع كلمة English في الوسط.

        Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordthatcannotfitononeline.

        [^1]: A footnote with more detail about the kerning remark.
        """;
}
