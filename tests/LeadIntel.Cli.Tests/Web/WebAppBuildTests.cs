using LeadIntel.Cli.Web;

namespace LeadIntel.Cli.Tests.Web;

/// <summary>
/// The build step of <c>leadintel up</c> with a stand-in npm (a shell script that records its arguments and
/// does what npm would do to the folder), so each decision is checked without a real install.
/// </summary>
public class WebAppBuildTests
{
    // `ci` creates node_modules; `run build` writes dist/index.html, or fails when web/FAIL exists.
    private const string FakeNpm = """
        #!/bin/sh
        echo "$*" >> calls.log
        case "$1" in
          ci) mkdir -p node_modules ;;
          run) if [ -f FAIL ]; then echo "src/App.tsx(3,1): error TS1005: ';' expected." >&2; exit 2; fi
               mkdir -p dist && echo '<!doctype html><title>built</title>' > dist/index.html ;;
        esac
        """;

    private static string InstallFakeNpm(WebAppFolder folder)
    {
        var npm = Path.Combine(folder.Root, "bin", "npm");
        Directory.CreateDirectory(Path.GetDirectoryName(npm)!);
        File.WriteAllText(npm, FakeNpm.Replace("\r", ""));
        // The stand-in is a POSIX shell script, as the CI machine and `leadintel up` run on Linux.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(npm, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return npm;
    }

    private static string[] Calls(WebAppFolder folder) =>
        File.Exists(folder.PathOf("calls.log")) ? File.ReadAllLines(folder.PathOf("calls.log")) : [];

    [Fact]
    public async Task A_fresh_checkout_is_installed_then_built_and_served()
    {
        using var folder = new WebAppFolder();
        var output = new StringWriter();

        var served = await new WebAppBuild(new WebAppSources(folder.Web), InstallFakeNpm(folder), output).EnsureBuiltAsync(CancellationToken.None);

        Assert.Equal(Path.Combine(folder.Web, "dist"), served);
        Assert.Equal(["ci --no-audit --no-fund --loglevel=error", "run build"], Calls(folder));
        Assert.False(new WebAppSources(folder.Web).NeedsInstall);
        Assert.Contains("Web UI: built in", output.ToString());
    }

    [Fact]
    public async Task A_current_build_runs_nothing()
    {
        using var folder = new WebAppFolder();
        folder.Write("dist/index.html", "<!doctype html>", WebAppFolder.Then.AddMinutes(1));

        var served = await new WebAppBuild(new WebAppSources(folder.Web), InstallFakeNpm(folder), new StringWriter()).EnsureBuiltAsync(CancellationToken.None);

        Assert.Equal(Path.Combine(folder.Web, "dist"), served);
        Assert.Empty(Calls(folder));
    }

    [Fact]
    public async Task Changed_sources_with_installed_packages_only_rebuild()
    {
        using var folder = new WebAppFolder();
        folder.Write("dist/index.html", "<!doctype html>", WebAppFolder.Then.AddMinutes(1));
        Directory.CreateDirectory(folder.PathOf("node_modules"));
        new WebAppSources(folder.Web).MarkInstalled();
        folder.Write("src/main.tsx", "console.log(2)", WebAppFolder.Then.AddMinutes(2));

        await new WebAppBuild(new WebAppSources(folder.Web), InstallFakeNpm(folder), new StringWriter()).EnsureBuiltAsync(CancellationToken.None);

        Assert.Equal(["run build"], Calls(folder));
        Assert.Contains("built", File.ReadAllText(folder.PathOf("dist/index.html")));
    }

    [Fact]
    public async Task Without_npm_and_without_a_build_it_warns_and_serves_the_api_only()
    {
        using var folder = new WebAppFolder();
        var output = new StringWriter();

        var served = await new WebAppBuild(new WebAppSources(folder.Web), npm: null, output).EnsureBuiltAsync(CancellationToken.None);

        Assert.Null(served);
        Assert.Contains("Node.js/npm not found on PATH: serving the API only", output.ToString());
    }

    [Fact]
    public async Task Without_npm_a_stale_build_is_served_with_a_warning()
    {
        using var folder = new WebAppFolder();
        folder.Write("dist/index.html", "<!doctype html>", WebAppFolder.Then.AddMinutes(1));
        folder.Write("src/main.tsx", "console.log(2)", WebAppFolder.Then.AddMinutes(2));
        var output = new StringWriter();

        var served = await new WebAppBuild(new WebAppSources(folder.Web), npm: null, output).EnsureBuiltAsync(CancellationToken.None);

        Assert.Equal(Path.Combine(folder.Web, "dist"), served);
        Assert.Contains("serving web/dist as last built", output.ToString());
    }

    [Fact]
    public async Task A_failed_build_shows_its_output_and_falls_back_to_the_api_only()
    {
        using var folder = new WebAppFolder();
        folder.Write("FAIL", "");
        var output = new StringWriter();

        var served = await new WebAppBuild(new WebAppSources(folder.Web), InstallFakeNpm(folder), output).EnsureBuiltAsync(CancellationToken.None);

        Assert.Null(served);
        Assert.Contains("'npm run build' exited with 2", output.ToString());
        Assert.Contains("error TS1005", output.ToString());
        Assert.Contains("serving the API only", output.ToString());
    }

    [Fact]
    public void FindOnPath_returns_the_first_folder_holding_the_name()
    {
        using var folder = new WebAppFolder();
        var npm = InstallFakeNpm(folder);
        var path = string.Join(Path.PathSeparator, [Path.Combine(folder.Root, "nothing-here"), Path.GetDirectoryName(npm)!]);

        Assert.Equal(npm, WebAppBuild.FindOnPath("npm", path));
        Assert.Null(WebAppBuild.FindOnPath("npm", Path.Combine(folder.Root, "nothing-here")));
        Assert.Null(WebAppBuild.FindOnPath("npm", null));
    }
}
