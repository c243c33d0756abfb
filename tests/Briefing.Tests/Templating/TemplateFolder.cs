namespace Briefing.Tests.Templating;

/// <summary>A throw-away templates folder in the temp directory, for templates written by a test.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public TemplateFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "briefing-templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public TemplateFolder With(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public TemplateFolder Template(string name, string content) => With($"{name}/template.sbn", content);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
