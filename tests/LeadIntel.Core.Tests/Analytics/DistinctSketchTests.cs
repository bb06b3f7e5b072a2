using LeadIntel.Core.Analytics;

namespace LeadIntel.Core.Tests.Analytics;

public class DistinctSketchTests
{
    private static DistinctSketch Of(IEnumerable<string> items)
    {
        var sketch = new DistinctSketch();
        foreach (var item in items)
        {
            sketch.Add(StableHash.Of(item));
        }

        return sketch;
    }

    private static IEnumerable<string> Phones(int from, int count) => Enumerable.Range(from, count).Select(i => $"+1416{i:D7}");

    [Fact]
    public void Counts_exactly_up_to_the_limit_and_ignores_repeats()
    {
        var sketch = Of(Phones(0, DistinctSketch.ExactLimit).Concat(Phones(0, 100)));

        Assert.True(sketch.IsExact);
        Assert.Equal(DistinctSketch.ExactLimit, sketch.Count);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(50_000)]
    [InlineData(1_000_000)]
    public void Estimates_large_counts_within_two_percent(int count)
    {
        var sketch = Of(Phones(0, count));

        Assert.False(sketch.IsExact);
        Assert.InRange(sketch.Count, count * 0.98, count * 1.02);
    }

    [Fact]
    public void Merging_is_a_union_and_merging_twice_changes_nothing()
    {
        var a = Of(Phones(0, 1000));
        var b = Of(Phones(500, 1000));

        a.Merge(b);
        var once = a.Count;
        a.Merge(b);

        Assert.Equal(1500, once);
        Assert.Equal(once, a.Count);
    }

    [Fact]
    public void Dense_merge_is_idempotent_and_order_free()
    {
        var a = Of(Phones(0, 30_000));
        var b = Of(Phones(20_000, 30_000));
        var ab = DistinctSketch.FromBytes(a.ToBytes());
        ab.Merge(b);
        ab.Merge(b);
        var ba = DistinctSketch.FromBytes(b.ToBytes());
        ba.Merge(a);

        Assert.Equal(ab.ToBytes(), ba.ToBytes());
        Assert.InRange(ab.Count, 50_000 * 0.98, 50_000 * 1.02);
    }

    [Fact]
    public void Round_trips_through_bytes_in_both_forms()
    {
        var small = Of(Phones(0, 10));
        var large = Of(Phones(0, 10_000));

        Assert.Equal(small.ToBytes(), DistinctSketch.FromBytes(small.ToBytes()).ToBytes());
        Assert.Equal(large.Count, DistinctSketch.FromBytes(large.ToBytes()).Count);
        Assert.True(large.ToBytes().Length <= 16 * 1024 + 1);
        Assert.Equal(0, DistinctSketch.FromBytes([]).Count);
    }

    [Fact]
    public void Rejects_bytes_that_are_not_a_sketch() =>
        Assert.Throws<FormatException>(() => DistinctSketch.FromBytes([9, 1, 2]));
}
