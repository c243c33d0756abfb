using Briefing.Preview;

namespace Briefing.Tests.Preview;

public class SheetPlacesTests
{
    private const string Sheet = """
        schema: briefing/v1
        event:
          name: Talks in Riyadh
          venue:
            city: Riyadh
        summary:
          - >-
            Senior officials meet in Riyadh
            on Tuesday.
          - Ukraine has not been invited.
        """;

    [Fact]
    public void Reads_every_value_with_its_key_path_and_place()
    {
        var places = SheetPlaces.Read("brief.yaml", Sheet);

        Assert.Contains(new SheetPlace("event.name", "Talks in Riyadh", 3, 9), places.All);
        Assert.Contains(new SheetPlace("event.venue.city", "Riyadh", 5, 11), places.All);
        Assert.Contains(new SheetPlace("summary[1]", "Ukraine has not been invited.", 10, 5), places.All);
        Assert.Equal("Senior officials meet in Riyadh on Tuesday.", places.All.Single(p => p.Key == "summary[0]").Value);
    }

    [Fact]
    public void Text_on_a_page_shows_the_values_standing_in_it_longest_first()
    {
        var places = SheetPlaces.Read("brief.yaml", Sheet);

        var shown = places.ShownIn("• Senior officials meet in Riyadh\non Tuesday.").Select(i => places.All[i].Key);

        Assert.Equal(["summary[0]", "event.venue.city"], shown);
    }

    [Fact]
    public void A_long_piece_of_a_value_shows_it_and_a_short_word_shows_nothing()
    {
        var places = SheetPlaces.Read("brief.yaml", Sheet);

        Assert.Equal(["summary[0]"], places.ShownIn("Senior officials meet in").Select(i => places.All[i].Key));
        Assert.Empty(places.ShownIn("Tuesday"));
    }

    [Fact]
    public void A_line_broken_after_a_dash_still_shows_the_value()
    {
        var places = SheetPlaces.Read("brief.yaml", "note: unrelated to the US–Russia talks.\n");

        Assert.Equal(["note"], places.ShownIn("• unrelated to the US–\nRussia talks.").Select(i => places.All[i].Key));
    }

    [Fact]
    public void Text_that_is_not_yaml_has_no_places()
    {
        Assert.Empty(SheetPlaces.Read("brief.yaml", "a: [unclosed").All);
    }
}
