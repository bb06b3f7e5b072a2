using LeadIntel.Cli.Web;

namespace LeadIntel.Cli.Tests.Web;

public class WebAppSourcesTests
{
    [Fact]
    public void Without_dist_the_app_is_not_built_and_stale()
    {
        using var folder = new WebAppFolder();
        var sources = new WebAppSources(folder.Web);

        Assert.False(sources.IsBuilt);
        Assert.True(sources.IsStale);
    }

    [Fact]
    public void A_dist_built_after_every_input_is_current()
    {
        using var folder = new WebAppFolder();
        folder.Write("dist/index.html", "<!doctype html>", WebAppFolder.Then.AddMinutes(1));

        Assert.False(new WebAppSources(folder.Web).IsStale);
    }

    [Theory]
    [InlineData("src/pages/TasksPage.tsx")]
    [InlineData("public/config.json")]
    [InlineData("package.json")]
    [InlineData("package-lock.json")]
    [InlineData("index.html")]
    [InlineData("vite.config.ts")]
    [InlineData("tsconfig.app.json")]
    public void An_input_changed_after_the_build_makes_dist_stale(string input)
    {
        using var folder = new WebAppFolder();
        folder.Write("dist/index.html", "<!doctype html>", WebAppFolder.Then.AddMinutes(1));
        folder.Write(input, "changed", WebAppFolder.Then.AddMinutes(2));

        Assert.True(new WebAppSources(folder.Web).IsStale);
    }

    [Fact]
    public void Files_outside_the_inputs_do_not_make_dist_stale()
    {
        using var folder = new WebAppFolder();
        folder.Write("dist/index.html", "<!doctype html>", WebAppFolder.Then.AddMinutes(1));
        folder.Write("e2e/scraper.spec.ts", "test", WebAppFolder.Then.AddMinutes(2));
        folder.Write("README.md", "docs", WebAppFolder.Then.AddMinutes(2));

        Assert.False(new WebAppSources(folder.Web).IsStale);
    }

    [Fact]
    public void Packages_need_installing_until_the_stamp_matches_the_lock_file()
    {
        using var folder = new WebAppFolder();
        var sources = new WebAppSources(folder.Web);
        Assert.True(sources.NeedsInstall);

        Directory.CreateDirectory(folder.PathOf("node_modules"));
        sources.MarkInstalled();
        Assert.False(sources.NeedsInstall);

        folder.Write("package-lock.json", """{"lockfileVersion": 3, "packages": {}}""");
        Assert.True(sources.NeedsInstall);
    }

    [Fact]
    public void The_install_stamp_is_the_one_install_sh_writes()
    {
        using var folder = new WebAppFolder();
        Directory.CreateDirectory(folder.PathOf("node_modules"));
        new WebAppSources(folder.Web).MarkInstalled();

        // sha256sum of the lock file's bytes, lower-case hex, as `sha256sum package-lock.json | cut -d' ' -f1` prints it.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(folder.PathOf("package-lock.json"))));
        Assert.Equal(expected, File.ReadAllText(folder.PathOf("node_modules/.package-lock.sha256")).Trim());
    }

    [Fact]
    public void Find_looks_upward_from_each_origin()
    {
        using var folder = new WebAppFolder();
        var deep = Path.Combine(folder.Root, "functions", "LeadIntel.Cli", "bin");
        Directory.CreateDirectory(deep);
        var elsewhere = Path.Combine(Path.GetTempPath(), "leadintel-none-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(elsewhere);
        try
        {
            Assert.Equal(folder.Web, WebAppSources.Find([elsewhere, deep])?.Directory);
        }
        finally
        {
            Directory.Delete(elsewhere);
        }
    }
}
