namespace LeadIntel.BrowserWorker.PagePhones;

/// <summary>The scripts this folder runs in pages, embedded in the assembly by file name.</summary>
internal static class PageScripts
{
    public static string Load(string name)
    {
        using var stream = typeof(PageScripts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        // Playwright only treats the text as a function when it starts like one: drop the header comment.
        return string.Join('\n', reader.ReadToEnd().Split('\n').SkipWhile(line => line.StartsWith("//", StringComparison.Ordinal)));
    }
}
