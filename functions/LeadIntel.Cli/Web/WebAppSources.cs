using System.Security.Cryptography;

namespace LeadIntel.Cli.Web;

/// <summary>
/// The web app's folder (<c>web/</c>: sources, <c>package.json</c>, the built <c>dist/</c>) and what it takes
/// to serve it: whether <c>dist</c> is missing or older than any of its inputs, and whether its npm
/// dependencies must be installed first.
/// </summary>
public sealed class WebAppSources(string directory)
{
    // The stamp web/scripts/install.sh writes after `npm ci`: the SHA-256 of the lock file it installed.
    private const string InstallStamp = ".package-lock.sha256";

    // Everything `npm run build` reads: a change to any of them makes dist stale.
    private static readonly string[] InputFolders = ["src", "public"];
    private static readonly string[] InputFiles = ["index.html", "package.json", "package-lock.json", "vite.config.ts"];

    public string Directory { get; } = Path.GetFullPath(directory);

    public string Dist => Path.Combine(Directory, "dist");

    private string DistIndex => Path.Combine(Dist, "index.html");

    public bool IsBuilt => File.Exists(DistIndex);

    /// <summary>True when <c>dist</c> is missing or any input changed after it was built.</summary>
    public bool IsStale => !IsBuilt || NewestInput() > File.GetLastWriteTimeUtc(DistIndex);

    /// <summary>True when <c>node_modules</c> is missing or was installed from another lock file.</summary>
    public bool NeedsInstall
    {
        get
        {
            var stamp = Path.Combine(Directory, "node_modules", InstallStamp);
            return !File.Exists(stamp) || File.ReadAllText(stamp).Trim() != LockHash();
        }
    }

    /// <summary>Records that <c>node_modules</c> now matches the lock file (the same stamp as install.sh).</summary>
    public void MarkInstalled() => File.WriteAllText(Path.Combine(Directory, "node_modules", InstallStamp), LockHash() + "\n");

    /// <summary>The first <c>web/</c> with a <c>package.json</c> and an <c>index.html</c>, searched upward from each origin.</summary>
    public static WebAppSources? Find(IEnumerable<string> origins)
    {
        foreach (var origin in origins)
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var web = Path.Combine(dir.FullName, "web");
                if (File.Exists(Path.Combine(web, "package.json")) && File.Exists(Path.Combine(web, "index.html")))
                {
                    return new WebAppSources(web);
                }
            }
        }

        return null;
    }

    private DateTime NewestInput()
    {
        var files = InputFiles.Select(f => Path.Combine(Directory, f))
            .Concat(System.IO.Directory.EnumerateFiles(Directory, "tsconfig*.json"))
            .Concat(InputFolders.Select(f => Path.Combine(Directory, f)).Where(System.IO.Directory.Exists)
                .SelectMany(f => System.IO.Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)));
        return files.Where(File.Exists).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
    }

    private string LockHash()
    {
        var lockFile = Path.Combine(Directory, "package-lock.json");
        return File.Exists(lockFile) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(lockFile))) : "";
    }
}
