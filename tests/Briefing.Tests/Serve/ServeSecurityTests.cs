using System.Net;
using Briefing.Cli.Serve;
using Briefing.Preview;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Serve;

public class ServeSecurityTests
{
    [Fact]
    public async Task Answers_its_own_loopback_host_names()
    {
        await using var preview = await RunningPreview.Start();
        var port = preview.Address.Port;

        Assert.Equal(200, await preview.RawGet("/", $"127.0.0.1:{port}"));
        Assert.Equal(200, await preview.RawGet("/", $"localhost:{port}"));
        Assert.Equal(200, await preview.RawGet("/", $"[::1]:{port}"));
        Assert.Equal(200, await preview.RawGet($"/api/state?{preview.Query()}"));
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost.attacker.example:{port}")]
    [InlineData("")]
    public async Task Refuses_a_foreign_host_header(string host)
    {
        await using var preview = await RunningPreview.Start();

        var status = await preview.RawGet($"/api/state?{preview.Query()}", host.Replace("{port}", preview.Address.Port.ToString()));

        // Kestrel itself turns away some malformed Host values (400); every other is refused by the preview (421).
        Assert.Contains(status, new[] { 400, 421 });
    }

    [Theory]
    [InlineData("../secret.yaml")]
    [InlineData("..%2Fsecret.yaml")]
    [InlineData("%2E%2E%2Fsecret.yaml")]
    [InlineData("%2e%2e/secret.yaml")]
    [InlineData("..%5Csecret.yaml")]
    [InlineData("sub/../../secret.yaml")]
    [InlineData("%252E%252E%252Fsecret.yaml")]
    [InlineData("{outside}")]
    [InlineData("{brief}")]
    [InlineData("/etc/passwd")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("file:///etc/passwd")]
    public async Task Refuses_a_fact_sheet_outside_the_workspace_or_named_absolutely(string sheet)
    {
        await using var preview = await RunningPreview.Start();
        Directory.CreateDirectory(Path.Combine(preview.Workspace, "sub"));
        sheet = sheet.Replace("{outside}", Uri.EscapeDataString(preview.Outside)).Replace("{brief}", Uri.EscapeDataString(preview.BriefPath));

        foreach (var endpoint in new[] { "state", "events", "download", "page" })
        {
            var status = await preview.RawGet($"/api/{endpoint}?sheet={sheet}&template=memo&format=pdf&key=x&dpi=96");
            Assert.Equal(404, status);
        }
    }

    [Fact]
    public async Task Refuses_a_link_that_leads_out_of_the_workspace()
    {
        await using var preview = await RunningPreview.Start();
        File.CreateSymbolicLink(Path.Combine(preview.Workspace, "linked.yaml"), preview.Outside);

        Assert.Equal(404, await preview.RawGet($"/api/state?{preview.Query("linked.yaml")}"));
        Assert.Equal(200, await preview.RawGet($"/api/state?{preview.Query()}"));
    }

    [Theory]
    [InlineData("/assets/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/assets/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/brief.yaml")]
    [InlineData("/workspace/brief.yaml")]
    [InlineData("/assets/")]
    [InlineData("/assets")]
    [InlineData("/api/")]
    [InlineData("//etc/passwd")]
    public async Task Serves_no_file_by_path_and_lists_no_folder(string target)
    {
        await using var preview = await RunningPreview.Start();

        Assert.Equal(404, await preview.RawGet(target));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Has_no_endpoint_that_writes(string method)
    {
        await using var preview = await RunningPreview.Start();

        foreach (var target in new[] { "/", "/api/workspace", $"/api/state?{preview.Query()}", $"/api/download?{preview.Query()}&format=pdf" })
        {
            Assert.Equal(405, await preview.RawGet(target, method: method));
        }
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.20")]
    [InlineData("10.0.0.1")]
    public void Refuses_to_listen_on_an_address_that_is_not_loopback(string address)
    {
        using var folder = new TemporaryFolder();
        var (workspace, _) = PreviewWorkspace.Open(folder.Path);
        var options = new ServeOptions(workspace!, RepositoryRoot.Combine("templates"), Port: 0, Addresses: [IPAddress.Loopback, IPAddress.Parse(address)]);

        var (server, error) = PreviewServer.Create(options);

        Assert.Null(server);
        Assert.Contains("loopback", error);
        Assert.Contains(address, error);
    }
}
