namespace Briefing.Tests.FactSheets;

/// <summary>Fact sheets the tests start from; line numbers in the tests refer to these texts.</summary>
internal static class SampleSheets
{
    /// <summary>The smallest valid fact sheet: 15 lines.</summary>
    public const string Minimal = """
        schema: briefing/v1
        id: example-talks
        title: Example talks
        date: 2025-02-17
        event:
          name: Senior officials' meeting
          date: 2025-02-18
          venue: { city: Riyadh, country: Saudi Arabia }
        summary:
          - The first senior meeting in three years.
        parties:
          - id: washington
            name: United States
            position:
              summary: Wants to test whether Moscow is serious.

        """;

    /// <summary>A fact sheet using every key of the format.</summary>
    public const string Full = """
        schema: briefing/v1
        id: riyadh-talks
        title: "US-Russia talks in Riyadh"
        date: 2025-02-17
        classification: SECRET//NOFORN
        language: en-GB
        memo:
          to: The Secretary
          from: Office of Eastern European Affairs
          subject: Talks with Russia in Riyadh
          kind: action
          drafted_by: J. Smith
          cleared_by: [A. Jones, B. Brown]
        event:
          name: US-Russia senior officials' meeting
          start: 2025-02-18T10:00+03:00
          end: 2025-02-18T14:30+03:00
          format: Foreign ministers with national security advisers
          venue:
            city: Riyadh
            country: Saudi Arabia
            name: Diriyah Palace
            host: Crown Prince Mohammed bin Salman
            notes:
              - Ukraine and Europe are not at the table.
        summary:
          - First senior US-Russia meeting in three years.
          - "Agenda: embassies, *a path* to talks on Ukraine | economics."
        background:
          - Contacts were frozen in 2022.
        parties:
          - id: washington
            name: United States
            short: Washington
            position:
              summary: Wants to test whether Moscow is serious about peace.
              points: [Restore embassies, Start a peace track]
              red_lines: []
            quotes:
              - text: We want to end this conflict.
                by: Marco Rubio
                date: 2025-02-18
                source: state-readout
            extra:
              color: "#1f4e79"
              seats: 3
              tags: [lead, host-ally]
              nested: { a: ~, b: [1, two] }
          - id: moscow
            name: Russian Federation
            attending: true
            position:
              summary: Wants sanctions relief and recognition of gains.
          - id: kyiv
            name: Ukraine
            attending: false
            position:
              summary: Nothing about Ukraine without Ukraine.
        delegations:
          - party: washington
            members:
              - { name: Marco Rubio, title: Secretary of State, lead: true }
              - { name: Mike Waltz, title: National Security Advisor }
          - party: moscow
            members:
              - name: Sergey Lavrov
                native_name: Сергей Лавров
                title: Foreign Minister
                lead: true
        agenda: [Embassies, Ukraine]
        objectives: [A working channel]
        recommendations:
          - That you approve the talking points.
        timeline:
          - date: 2025-02-12
            event: Trump-Putin phone call
            source: state-readout
          - date: 2022
            event: Contacts frozen
          - date: 2025-02
            event: Envoys named
        talking_points: [We seek a durable peace.]
        risks: [Europe feels sidelined.]
        sources:
          - id: state-readout
            title: Readout of the Secretary's meeting
            publisher: U.S. Department of State
            date: 2025-02-18
            url: https://www.state.gov/
        extra:
          revision: 3
          reviewers: [x, y]

        """;
}
