using System.Diagnostics;

namespace LeadIntel.BrowserWorker.Tests.Pool;

/// <summary>Finds a pooled browser's main process by the marker flag the pool puts on its command line.</summary>
internal static class ChromiumProcesses
{
    public static int? MainPid(string marker)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            string cmdline;
            try
            {
                cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // Child processes (renderers, GPU, zygote) carry --type=; the browser process does not.
            if (cmdline.Contains(marker, StringComparison.Ordinal) && !cmdline.Contains("--type=", StringComparison.Ordinal))
            {
                return pid;
            }
        }

        return null;
    }

    public static void Kill(int pid) => Process.GetProcessById(pid).Kill();
}
