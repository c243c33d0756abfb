using System.Globalization;

namespace Briefing.Workspace;

/// <summary>The commented starting point that <c>briefing new</c> writes: valid as it is, with every optional key shown in a comment.</summary>
public static class FactSheetSkeleton
{
    public static string Create(string id, DateOnly today)
    {
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            # yaml-language-server: $schema=./schema/briefing-v1.schema.json
            # A fact sheet in the briefing/v1.1 format: facts only; wording and looks belong to templates.
            # Check it with `briefing validate briefs/{{id}}.yaml`, render it with `briefing render briefs/{{id}}.yaml`.
            schema: briefing/v1.1
            id: {{id}}
            title: Replace with the headline of the briefing
            date: {{date}}                  # the date the facts are current as of
            # classification: UNCLASSIFIED   # banner at top and bottom of every page
            # language: en                   # BCP 47 tag
            # markings: us                   # us, uk, nato or a scheme file: every portion then starts with its mark,
            #                                # e.g. "(U) The first meeting.", and the banner is derived from the marks
            # watermark: DRAFT               # drawn across every page

            # memo:
            #   to: The Secretary
            #   from: The Desk Officer
            #   subject: Defaults to the title
            #   kind: information             # information, action or background
            #   drafted_by: A. Author
            #   cleared_by: [B. Reviewer, C. Reviewer]

            event:
              name: Replace with the name of the event
              date: {{date}}                # or start: / end: as YYYY-MM-DDTHH:MM with an optional +03:00
              # format: Who meets whom, at what level
              venue:
                city: Replace with the city
                country: Replace with the country
                # name: Building or hotel
                # host: Host government
                # notes:
                #   - A note on the venue

            summary:                         # bottom line up front: one or more sentences
              - Replace with the bottom line.

            # background:
            #   - A paragraph of context.

            parties:                         # in display order
              - id: first-party              # a slug: lower-case letters, digits and -, starting with a letter
                name: Replace with the party's name
                # short: Name used in tables
                # attending: true
                position:
                  summary: Replace with the party's position in one line.
                  # points:
                  #   - A point of the position.
                  # red_lines:
                  #   - What the party will not accept.
                # quotes:
                #   - text: What was said.
                #     by: Who said it
                #     date: {{date}}
                #     source: a-source-id       # every quote cites a source

            # delegations:
            #   - party: first-party
            #     members:
            #       - { name: A. Person, native_name: Native spelling, title: Minister, lead: true }

            # agenda: [A topic]
            # objectives: [What our side wants]
            # recommendations: [That you approve ...]
            # timeline:
            #   - { date: {{today.Year}}, event: Something that happened, source: a-source-id }
            # talking_points: [A point to make]
            # risks: [What to watch]
            # sources:
            #   - { id: a-source-id, title: Title of the source, publisher: Publisher, date: {{date}}, url: https://example.org }
            #     # file: sources/a-source-id.txt  # saved text of the source: quotes are checked against it
            # extra: {}                      # free-form data for custom templates

            """;
    }
}
