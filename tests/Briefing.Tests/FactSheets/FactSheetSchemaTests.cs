using System.Text.Json;
using Briefing.FactSheets;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.FactSheets;

public class FactSheetSchemaTests
{
    private static readonly string[] TopLevelKeys =
    [
        "schema", "id", "title", "date", "classification", "markings", "authority", "cui", "watermark", "language", "memo", "event", "summary", "background",
        "parties", "delegations", "agenda", "objectives", "recommendations", "timeline", "talking_points", "risks",
        "sources", "extra",
    ];

    private static JsonElement Root() => JsonDocument.Parse(FactSheetSchema.ToJsonSchema()).RootElement;

    private static JsonElement Properties(JsonElement map) => map.GetProperty("properties");

    [Fact]
    public void Is_json_draft_07_with_lf_line_ends_and_the_same_text_every_time()
    {
        var text = FactSheetSchema.ToJsonSchema();
        Assert.Equal("http://json-schema.org/draft-07/schema#", Root().GetProperty("$schema").GetString());
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text);
        Assert.Equal(text, FactSheetSchema.ToJsonSchema());
    }

    [Fact]
    public void Lists_every_top_level_key_in_order_and_the_required_ones()
    {
        var root = Root();
        Assert.Equal(TopLevelKeys, Properties(root).EnumerateObject().Select(p => p.Name));
        Assert.Equal(["schema", "id", "title", "date", "event", "summary", "parties"],
            root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.All(Properties(root).EnumerateObject(), p => Assert.True(p.Value.TryGetProperty("description", out _), p.Name));
    }

    [Fact]
    public void Unknown_keys_are_refused_everywhere_except_in_extra()
    {
        var root = Root();
        var party = Properties(root).GetProperty("parties").GetProperty("items");
        var maps = new Dictionary<string, JsonElement>
        {
            ["root"] = root,
            ["memo"] = Properties(root).GetProperty("memo"),
            ["event"] = Properties(root).GetProperty("event"),
            ["venue"] = Properties(Properties(root).GetProperty("event")).GetProperty("venue"),
            ["party"] = party,
            ["position"] = Properties(party).GetProperty("position"),
            ["quote"] = Properties(party).GetProperty("quotes").GetProperty("items"),
            ["delegation"] = Properties(root).GetProperty("delegations").GetProperty("items"),
            ["member"] = Properties(Properties(root).GetProperty("delegations").GetProperty("items")).GetProperty("members").GetProperty("items"),
            ["timeline entry"] = Properties(root).GetProperty("timeline").GetProperty("items"),
            ["source"] = Properties(root).GetProperty("sources").GetProperty("items"),
        };
        foreach (var (name, map) in maps)
        {
            Assert.True(map.GetProperty("additionalProperties").ValueKind == JsonValueKind.False, name);
        }

        Assert.False(Properties(root).GetProperty("extra").TryGetProperty("type", out _));
        Assert.False(Properties(party).GetProperty("extra").TryGetProperty("additionalProperties", out _));
    }

    [Fact]
    public void Carries_enums_patterns_defaults_and_the_event_alternatives()
    {
        var root = Root();
        var props = Properties(root);
        Assert.Equal(["briefing/v1", "briefing/v1.1"], props.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("^[a-z][a-z0-9-]{0,99}$", props.GetProperty("id").GetProperty("pattern").GetString());
        Assert.Equal("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", props.GetProperty("date").GetProperty("pattern").GetString());
        Assert.Equal("UNCLASSIFIED", props.GetProperty("classification").GetProperty("default").GetString());
        Assert.Equal("en", props.GetProperty("language").GetProperty("default").GetString());
        Assert.Equal(["information", "action", "background"],
            Properties(props.GetProperty("memo")).GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, props.GetProperty("summary").GetProperty("minItems").GetInt32());

        var e = props.GetProperty("event");
        Assert.Equal(["date", "start"], e.GetProperty("oneOf").EnumerateArray().Select(b => b.GetProperty("required")[0].GetString()));
        Assert.Equal("start", e.GetProperty("dependencies").GetProperty("end")[0].GetString());

        var party = props.GetProperty("parties").GetProperty("items");
        Assert.True(Properties(party).GetProperty("attending").GetProperty("default").GetBoolean());
    }

    [Fact]
    public void A_portion_is_text_or_a_map_of_text_and_marking()
    {
        var props = Properties(Root());
        var portion = props.GetProperty("summary").GetProperty("items").GetProperty("anyOf");
        Assert.Equal(2, portion.GetArrayLength());
        Assert.Equal("string", portion[0].GetProperty("type")[0].GetString());
        Assert.Equal(["text"], portion[1].GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var quote = Properties(props.GetProperty("parties").GetProperty("items")).GetProperty("quotes").GetProperty("items");
        Assert.True(Properties(quote).TryGetProperty("marking", out _));
        var source = Properties(props.GetProperty("sources").GetProperty("items"));
        Assert.True(source.TryGetProperty("file", out _));
    }

    [Fact]
    public void Committed_schema_file_is_up_to_date()
    {
        var path = RepositoryRoot.Combine("briefs", "schema", "briefing-v1.schema.json");
        Assert.True(File.Exists(path), "missing " + path);
        Assert.True(File.ReadAllText(path) == FactSheetSchema.ToJsonSchema(),
            "briefs/schema/briefing-v1.schema.json is out of date; regenerate it with: "
            + "dotnet run --project src/Briefing.Cli -- schema > briefs/schema/briefing-v1.schema.json");
    }
}
