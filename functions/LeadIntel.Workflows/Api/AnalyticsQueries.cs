using LeadIntel.Core.Analytics;
using LeadIntel.Workflows.Analytics;
using Microsoft.AspNetCore.Http;

namespace LeadIntel.Workflows.Api;

/// <summary>The analytics routes: summary, timeline, breakdowns by dimension, and period comparison.</summary>
public sealed class AnalyticsQueries(AnalyticsRequestReader reader, AnalyticsReader analytics)
{
    /// <summary>Route segment → stored dimension, for the breakdown routes.</summary>
    public static readonly IReadOnlyDictionary<string, string> Breakdowns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["platforms"] = AnalyticsDimension.Platform,
        ["categories"] = AnalyticsDimension.Category,
        ["layers"] = AnalyticsDimension.Layer,
        ["regions"] = AnalyticsDimension.Region,
        ["phone-types"] = AnalyticsDimension.PhoneType,
    };

    public async Task<IResult> SummaryAsync(HttpRequest http, CancellationToken ct)
    {
        var (request, problem) = reader.Read(http);
        if (request is null)
        {
            return problem!;
        }

        var figures = await TotalsAsync(request, [request.Range], ct);
        var view = new SummaryView(figures[0]) { Period = PeriodCalendar.Name(request.Period), From = request.Range.From, To = request.Range.To, Tz = request.ZoneName };
        return Results.Json(view, AnalyticsJson.Default.SummaryView);
    }

    public async Task<IResult> TimelineAsync(HttpRequest http, CancellationToken ct)
    {
        var (request, problem) = reader.Read(http);
        if (request is null)
        {
            return problem!;
        }

        var buckets = PeriodCalendar.Buckets(request.Range, request.Period);
        var figures = await TotalsAsync(request, buckets, ct);
        var points = buckets.Select((b, i) => new RangeFigures(figures[i], b, PeriodCalendar.BucketStart(b.From, request.Period))).ToList();
        var view = new TimelineView(PeriodCalendar.Name(request.Period), request.Range.From, request.Range.To, request.ZoneName, points);
        return Results.Json(view, AnalyticsJson.Default.TimelineView);
    }

    public async Task<IResult> BreakdownAsync(HttpRequest http, string route, CancellationToken ct)
    {
        var (request, problem) = reader.Read(http);
        if (request is null)
        {
            return problem!;
        }

        var dimension = Breakdowns[route];
        var fold = (await analytics.FoldAsync(request.User, dimension, [request.Range], request.Zone, ct))[0];
        // Layers are ranked by the phones they saw, everything else by leads.
        var items = fold
            .Select(v => new BreakdownItem(v.Value.ToFigures(), v.Key))
            .OrderByDescending(i => dimension == AnalyticsDimension.Layer ? i.Phones : i.Leads)
            .ThenBy(i => i.Key, StringComparer.Ordinal)
            .ToList();
        return Results.Json(new BreakdownView(dimension, request.Range.From, request.Range.To, request.ZoneName, items), AnalyticsJson.Default.BreakdownView);
    }

    public async Task<IResult> CompareAsync(HttpRequest http, CancellationToken ct)
    {
        var (request, problem) = reader.Read(http, checkSpan: false);
        if (request is null)
        {
            return problem!;
        }

        var (current, previous) = PeriodCalendar.Comparison(request.Range.To, request.Period);
        var figures = await TotalsAsync(request, [current, previous], ct);
        var view = new ComparisonView(
            PeriodCalendar.Name(request.Period),
            request.ZoneName,
            new RangeFigures(figures[0], current, current.From),
            new RangeFigures(figures[1], previous, previous.From),
            MetricDelta.Compare(figures[0], figures[1]));
        return Results.Json(view, AnalyticsJson.Default.ComparisonView);
    }

    private async Task<IReadOnlyList<AnalyticsFigures>> TotalsAsync(AnalyticsRequest request, IReadOnlyList<DateRange> buckets, CancellationToken ct)
    {
        var folds = await analytics.FoldAsync(request.User, AnalyticsDimension.Total, buckets, request.Zone, ct);
        return folds.Select(f => f.TryGetValue(AnalyticsDimension.All, out var m) ? m.ToFigures() : new CellMeasures().ToFigures()).ToList();
    }
}
