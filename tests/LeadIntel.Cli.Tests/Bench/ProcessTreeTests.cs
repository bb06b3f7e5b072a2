using LeadIntel.Cli.Bench;

namespace LeadIntel.Cli.Tests.Bench;

public class ProcessTreeTests
{
    [Fact]
    public void Reads_the_parent_after_a_command_name_with_spaces_and_parentheses()
    {
        Assert.Equal(4242, ProcessTree.ParentPid("5150 (chrome (renderer) x) S 4242 5150 5150 0 -1 4194560 2761 0"));
        Assert.Equal(1, ProcessTree.ParentPid("7 (chromium) R 1 7 7 0"));
        Assert.Null(ProcessTree.ParentPid("garbage"));
    }

    [Fact]
    public void Processor_time_is_own_and_waited_for_children_time()
    {
        // utime 1200, stime 300, cutime 40, cstime 10 (fields 14-17), then priority 20.
        const string stat = "5150 (chrome (renderer)) S 4242 5150 5150 0 -1 4194560 2761 0 0 0 1200 300 40 10 20 0 12";

        Assert.Equal(1550, ProcessTree.CpuTicks(stat));
        Assert.Equal(0, ProcessTree.CpuTicks("7 (x) R 1"));
    }

    [Fact]
    public void Reads_pss_and_rss_from_smaps_rollup()
    {
        const string rollup = """
            55d0c0a00000-7ffd8e5f1000 ---p 00000000 00:00 0                          [rollup]
            Rss:              215680 kB
            Pss:              101234 kB
            Pss_Dirty:         80000 kB
            Shared_Clean:      90000 kB
            """;

        Assert.Equal(101234, ProcessTree.Kilobytes(rollup, "Pss:"));
        Assert.Equal(215680, ProcessTree.Kilobytes(rollup, "Rss:"));
        Assert.Equal(0, ProcessTree.Kilobytes(rollup, "Swap:"));
    }

    [Fact]
    public void The_tree_holds_the_root_and_every_descendant_only()
    {
        // 100 browser → 101 zygote → 102, 103 renderers; 104 gpu under 100; 200 an unrelated process with its child 201.
        var parents = new Dictionary<int, int> { [100] = 1, [101] = 100, [102] = 101, [103] = 101, [104] = 100, [200] = 1, [201] = 200 };

        var tree = ProcessTree.Tree(100, parents);

        Assert.Equal([100, 101, 102, 103, 104], tree.Order());
    }

    [Fact]
    public void Measures_this_process_from_proc()
    {
        var memory = ProcessTree.Memory(Environment.ProcessId);

        Assert.True(memory.Processes >= 1);
        Assert.InRange(memory.PssBytes, 1, memory.RssBytes);
        Assert.InRange(ProcessTree.CpuSeconds(Environment.ProcessId), 0.01, Environment.ProcessorCount * (DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalSeconds + 1);
    }
}
