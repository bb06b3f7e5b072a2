using LeadIntel.Core.Analytics;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Analytics;
using LeadIntel.Workflows.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Workflows.Tests.Analytics;

/// <summary>The aggregates table at the sizes a large campaign reaches: dense sketches, many cells in one partition.</summary>
[Collection(StackCollection.Name)]
public class AnalyticsTableTests(StackFixture fixture)
{
    [Fact]
    public async Task A_partition_of_cells_with_dense_sketches_is_stored_in_bounded_transactions_and_read_back()
    {
        var user = "at" + Guid.NewGuid().ToString("N")[..8];
        var table = fixture.Stack.Services.GetRequiredService<AnalyticsTable>();
        var day = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var cells = new Dictionary<CellKey, CellMeasures>();
        for (var c = 0; c < 120; c++)
        {
            var measures = new CellMeasures();
            var phones = Enumerable.Range(0, 3000).Select(i => new Phone($"+1416{(c * 3000) + i:D7}", "", "", null, "mobile", "CA", false, 0.95, [])).ToList();
            measures.AddLead(phones, hasEmail: true, StableHash.Of($"cmp-{c}"));
            cells[new CellKey(TimeGrain.Day, day, AnalyticsDimension.Category, $"category {c}")] = measures;
        }

        var first = await table.ApplyAsync(user, "cmp-big", cells, CancellationToken.None);
        var again = await table.ApplyAsync(user, "cmp-big", cells, CancellationToken.None);
        var fold = (await fixture.Stack.Services.GetRequiredService<AnalyticsReader>().FoldAsync(
            user, AnalyticsDimension.Category, [new DateRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1))], TimeZoneInfo.Utc, CancellationToken.None))[0];

        Assert.Equal(3, first.Applied);
        Assert.Equal((0, 3), (again.Applied, again.AlreadyApplied));
        Assert.Equal(120, fold.Count);
        Assert.All(fold.Values, m => Assert.InRange(m.DistinctPhones.Count, 2940, 3060));
        Assert.All(fold.Values, m => Assert.Equal(3000, m.Phones));
    }
}
