using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Tests.Phones;

public class ConfidenceFusionTests
{
    [Fact]
    public void Independent_layers_raise_confidence_with_noisy_or()
    {
        var fused = ConfidenceFusion.Fuse([("tel_link", 0.95), ("json_ld", 0.90)]);
        Assert.Equal(0.99, fused); // 1 - 0.05*0.10 = 0.995, capped
        Assert.Equal(0.91, ConfidenceFusion.Fuse([("visible_text", 0.7), ("ocr", 0.7)]), 3);
    }

    [Fact]
    public void Same_layer_twice_counts_once()
    {
        Assert.Equal(0.7, ConfidenceFusion.Fuse([("visible_text", 0.7), ("visible_text", 0.7)]));
    }

    [Fact]
    public void Fused_confidence_never_reaches_one()
    {
        Assert.True(ConfidenceFusion.Fuse([("a", 1.0), ("b", 1.0)]) < 1.0);
    }
}
