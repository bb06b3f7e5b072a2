namespace LeadIntel.Cli.Tests.Web;

/// <summary>A throwaway <c>web/</c> folder shaped like the real one, with file times the test sets.</summary>
internal sealed class WebAppFolder : IDisposable
{
    public static readonly DateTime Then = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    public WebAppFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "leadintel-web-" + Guid.NewGuid().ToString("N")[..8]);
        Web = Path.Combine(Root, "web");
        Write("package.json", "{}");
        Write("package-lock.json", """{"lockfileVersion": 3}""");
        Write("index.html", "<!doctype html>");
        Write("vite.config.ts", "export default {}");
        Write("tsconfig.json", "{}");
        Write("src/main.tsx", "console.log(1)");
        Write("public/config.json", """{"apiBaseUrl": ""}""");
    }

    public string Root { get; }

    public string Web { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(Web, relative);

    /// <summary>Writes a file under web/ and dates it <paramref name="at"/> (default <see cref="Then"/>).</summary>
    public void Write(string relative, string content, DateTime? at = null)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, at ?? Then);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
