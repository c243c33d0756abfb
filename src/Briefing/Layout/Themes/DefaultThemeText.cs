namespace Briefing.Layout;

/// <summary>The built-in theme, in the same format as theme files.</summary>
internal static class DefaultThemeText
{
    public const string Yaml = """
        page:
          size: A4
          margins: { top: 28mm, right: 22mm, bottom: 26mm, left: 22mm }
        fonts:
          body: [Noto Serif, Noto Naskh Arabic, Noto Serif Hebrew]
          heading: [Noto Sans, Noto Sans Arabic, Noto Sans Hebrew]
          mono: [Noto Sans Mono, Noto Sans Arabic, Noto Sans Hebrew]
        base:
          size: 10.5
          line-height: 1.38
          color: "#1a1a1a"
          align: start
        blocks:
          paragraph: { space-after: 6pt, align: justify }
          heading1: { font: heading, size: 16, bold: true, color: "#1f3864", space-before: 14pt, space-after: 6pt, keep-with-next: true, line-height: 1.2 }
          heading2: { font: heading, size: 13, bold: true, color: "#1f3864", space-before: 12pt, space-after: 5pt, keep-with-next: true, line-height: 1.2 }
          heading3: { font: heading, size: 11.5, bold: true, color: "#2f2f2f", space-before: 10pt, space-after: 4pt, keep-with-next: true, line-height: 1.2 }
          heading4: { font: heading, size: 10.5, bold: true, italic: true, color: "#2f2f2f", space-before: 8pt, space-after: 3pt, keep-with-next: true }
          heading5: { font: heading, size: 10, bold: true, space-before: 6pt, space-after: 2pt, keep-with-next: true }
          heading6: { font: heading, size: 10, italic: true, space-before: 6pt, space-after: 2pt, keep-with-next: true }
          list: { indent: 16pt, space-after: 6pt, bullet: "•" }
          list-item: { space-after: 2pt, align: start }
          table: { font: heading, size: 9, line-height: 1.25, header-background: "#e7e9ee", rule-color: "#9aa1ad", rule-width: 0.5, cell-padding: 4pt, space-before: 4pt, space-after: 10pt, align: start }
          table-header: { bold: true, color: "#1f2a3a" }
          blockquote: { italic: true, color: "#404040", border-left: "2 #9aa1ad", padding: 8pt, space-after: 8pt }
          code: { font: mono, size: 9, background: "#f1f2f4" }
          code-block: { font: mono, size: 8.5, line-height: 1.3, background: "#f4f5f7", padding: 6pt, space-after: 8pt, align: start }
          rule: { rule-color: "#9aa1ad", rule-width: 0.75, space-before: 6pt, space-after: 10pt }
          link: { color: "#1f4e9e", underline: false }
          footnotes: { size: 8.5, line-height: 1.25, space-before: 12pt, rule-color: "#9aa1ad", rule-width: 0.5, align: start }
          figure: { space-before: 4pt, space-after: 8pt, align: center }
          caption: { font: heading, size: 8.5, italic: true, color: "#404040", align: center, space-after: 8pt }
        styles:
          note: { background: "#eef3fa", border-left: "3 #4a72b0", padding: 8pt, space-after: 8pt, keep-together: true }
          warning: { background: "#fdf1e6", border-left: "3 #c05a00", padding: 8pt, space-after: 8pt, keep-together: true }
          box: { border: "0.75 #9aa1ad", padding: 8pt, space-after: 8pt, keep-together: true }
          keep: { keep-together: true }
          center: { align: center }
          right: { align: right }
          small: { size: 8.5 }
          muted: { color: "#5a5a5a" }
        header:
          left: "{title}"
          right: "{date}"
          rule: true
          style: { font: heading, size: 8, color: "#555555" }
        footer:
          left: "{classification}"
          right: "Page {page} of {pages}"
          style: { font: heading, size: 8, color: "#555555" }
        banner:
          text: "{classification}"
          color: "#c00000"
          size: 9
          bold: true
          colors:
            UNCLASSIFIED: "#007a33"
            OFFICIAL: "#007a33"
            PUBLIC: "#007a33"
            RESTRICTED: "#c05a00"
        """;
}
