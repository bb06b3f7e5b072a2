using LeadIntel.Core.Model;

namespace LeadIntel.Core.Analytics;

/// <summary>
/// Folds leads into aggregate cells: each lead counts, at the UTC bucket of its <c>found_at</c> in every
/// <see cref="TimeGrain"/>, under each of its <see cref="LeadCells"/>. The same leads always give the same cells.
/// </summary>
public sealed class ContributionBuilder(string campaignId)
{
    private static readonly TimeGrain[] Grains = [TimeGrain.QuarterHour, TimeGrain.Day, TimeGrain.Week, TimeGrain.Month];
    private readonly ulong _campaign = StableHash.Of(campaignId);
    private readonly Dictionary<CellKey, CellMeasures> _cells = [];

    public long Leads { get; private set; }

    public IReadOnlyDictionary<CellKey, CellMeasures> Cells => _cells;

    public void Add(Lead lead)
    {
        Leads++;
        var utc = lead.FoundAt.UtcDateTime;
        var hasEmail = lead.Emails.Count > 0;
        foreach (var cell in LeadCells.Of(lead))
        {
            foreach (var grain in Grains)
            {
                var key = new CellKey(grain, CellKey.BucketStart(grain, utc), cell.Dimension, cell.Value);
                if (!_cells.TryGetValue(key, out var measures))
                {
                    measures = new CellMeasures();
                    _cells.Add(key, measures);
                }

                measures.AddLead(cell.Phones, hasEmail, _campaign);
            }
        }
    }

    public static ContributionBuilder From(string campaignId, IEnumerable<Lead> leads)
    {
        var builder = new ContributionBuilder(campaignId);
        foreach (var lead in leads)
        {
            builder.Add(lead);
        }

        return builder;
    }
}
