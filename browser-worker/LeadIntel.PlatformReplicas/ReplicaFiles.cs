using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace LeadIntel.PlatformReplicas;

/// <summary>The bundled replica files, read from this assembly's resources and cached.</summary>
public static class ReplicaFiles
{
    private static readonly Assembly Assembly = typeof(ReplicaFiles).Assembly;
    private static readonly ConcurrentDictionary<string, byte[]?> Cache = new(StringComparer.Ordinal);

    /// <summary>A file's bytes by its path under <c>Replicas/</c> (e.g. <c>google-maps/search.html</c>), or null.</summary>
    public static byte[]? Read(string path)
    {
        return Cache.GetOrAdd(path.Replace('\\', '/'), static name =>
        {
            // Resource names use the build machine's separator.
            using var stream = Assembly.GetManifestResourceStream(name) ?? Assembly.GetManifestResourceStream(name.Replace('/', '\\'));
            if (stream is null)
            {
                return null;
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>A text file with <c>%BASE%</c> replaced by the mount path of its platform.</summary>
    public static string? ReadText(string path, string basePath) =>
        Read(path) is { } bytes ? Encoding.UTF8.GetString(bytes).Replace("%BASE%", basePath, StringComparison.Ordinal) : null;

    public static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" => "image/jpeg",
        _ => "application/octet-stream",
    };
}
