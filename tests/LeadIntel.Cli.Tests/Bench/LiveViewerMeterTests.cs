using LeadIntel.Cli.Bench;

namespace LeadIntel.Cli.Tests.Bench;

public class LiveViewerMeterTests
{
    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 1, 2, 3, 4 })]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 })]
    [InlineData(new byte[] { })]
    public void Counts_decoded_bytes_of_base64_without_decoding(byte[] bytes) =>
        Assert.Equal(bytes.Length, LiveViewerMeter.Base64Bytes(Convert.ToBase64String(bytes)));

    [Fact]
    public void A_job_belongs_to_the_task_before_its_index() =>
        Assert.Equal("bench-3", LiveViewerMeter.TaskOf("bench-3:s007"));
}
