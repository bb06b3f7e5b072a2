using System.CommandLine;
using LeadIntel.Cli.Bench;
using LeadIntel.Cli.Commands;
using LeadIntel.Workflows.Leads;
using LeadIntel.Workflows.Tests.Fixtures;

namespace LeadIntel.Workflows.Tests.Exports;

/// <summary><c>leadintel export</c> against the running stack: the file is the API's export, the bar its count.</summary>
[Collection(StackCollection.Name)]
public class ExportCommandTests(StackFixture fixture)
{
    [Fact]
    public async Task Downloads_the_export_to_a_file_and_reports_the_leads()
    {
        var user = "cli" + Guid.NewGuid().ToString("N")[..8];
        var leads = new SyntheticLeads(11).Generate("cli", 300, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(2)).ToList();
        await new LeadSeeder(fixture.Stack.Services).MergedAsync(user, "cmp-cli", new DateTimeOffset(2026, 4, 30, 0, 0, 0, TimeSpan.Zero), leads, "directory", "website", "google_maps", "linkedin");
        var file = Path.Combine(Path.GetTempPath(), $"leadintel-export-{user}.csv");
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await LeadIntelCommand.InvokeAsync(
            ["export", "--api", fixture.Stack.Address.AbsoluteUri, "--user", user, "--format", "csv", "--from", "2026-05-01", "--to", "2026-05-02", "--out", file],
            new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(0, exit);
        Assert.Equal(LeadCsv.Write(leads), await File.ReadAllBytesAsync(file));
        Assert.Contains("300 leads", error.ToString(), StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public async Task A_refused_request_exits_2_with_the_problem()
    {
        var error = new StringWriter();

        var exit = await LeadIntelCommand.InvokeAsync(
            ["export", "--api", fixture.Stack.Address.AbsoluteUri, "--from", "2026-05-02", "--to", "2026-05-01", "--out", "-"],
            new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.Equal(LeadIntelCommand.ExitUsage, exit);
        Assert.Contains("field: from", error.ToString(), StringComparison.Ordinal);
    }
}
