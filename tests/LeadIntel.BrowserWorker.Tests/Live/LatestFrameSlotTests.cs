using LeadIntel.BrowserWorker.Live;

namespace LeadIntel.BrowserWorker.Tests.Live;

public sealed class LatestFrameSlotTests
{
    [Fact]
    public async Task A_slow_consumer_gets_the_newest_frame_and_the_ones_in_between_are_dropped()
    {
        var sent = new List<int>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slot = new LatestFrameSlot<int>(
            async frame =>
            {
                sent.Add(frame);
                if (frame == 0)
                {
                    firstStarted.SetResult();
                    await release.Task;
                }
            },
            maxPerSecond: 60);

        slot.Offer(0);
        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        for (var i = 1; i <= 50; i++)
        {
            slot.Offer(i);
        }

        release.SetResult();
        await slot.DisposeAsync();

        Assert.Equal([0, 50], sent);
        Assert.Equal(51, slot.Offered);
        Assert.Equal(2, slot.Sent);
        Assert.Equal(49, slot.Dropped);
    }

    [Fact]
    public void Reads_the_pixel_size_of_a_jpeg()
    {
        // SOI, APP0 (length 16), SOF0 with height 800 and width 1280.
        byte[] jpeg =
        [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. new byte[14],
            0xFF, 0xC0, 0x00, 0x11, 0x08, 0x03, 0x20, 0x05, 0x00, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        ];

        Assert.Equal((1280, 800), JpegSize.Read(jpeg));
        Assert.Null(JpegSize.Read([0xFF, 0xD8, 0x00, 0x00]));
    }
}
