using System.Buffers.Binary;
using System.Numerics;

namespace LeadIntel.Core.Analytics;

/// <summary>
/// A mergeable count of distinct items (by <see cref="StableHash"/>): an exact set of hashes up to
/// <see cref="ExactLimit"/> items, then a HyperLogLog of 2^14 registers (standard error about 0.8 %, linear
/// counting while it is sparse). Merging is a union, so folding the same sketch in twice changes nothing.
/// Serialized it never exceeds ~16 KB, inside one Table storage binary property.
/// </summary>
public sealed class DistinctSketch
{
    public const int ExactLimit = 2048;
    private const int Precision = 14;
    private const int Registers = 1 << Precision;
    private const byte ExactTag = 1;
    private const byte DenseTag = 2;

    private HashSet<ulong>? _exact = [];
    private byte[]? _registers;

    /// <summary>True while the count is exact.</summary>
    public bool IsExact => _registers is null;

    public void Add(ulong hash)
    {
        if (_registers is not null)
        {
            AddDense(_registers, hash);
            return;
        }

        _exact!.Add(hash);
        if (_exact.Count > ExactLimit)
        {
            Densify();
        }
    }

    public void Merge(DistinctSketch other)
    {
        if (other._registers is { } theirs)
        {
            if (_registers is null)
            {
                Densify();
            }

            for (var i = 0; i < Registers; i++)
            {
                _registers![i] = Math.Max(_registers[i], theirs[i]);
            }

            return;
        }

        foreach (var hash in other._exact!)
        {
            Add(hash);
        }
    }

    /// <summary>The number of distinct items: exact up to <see cref="ExactLimit"/>, estimated beyond.</summary>
    public long Count => _registers is null ? _exact!.Count : Estimate(_registers);

    /// <summary>The length of <see cref="ToBytes"/> without serializing.</summary>
    public int SerializedLength => _registers is null ? 5 + (8 * _exact!.Count) : 1 + Registers;

    public byte[] ToBytes()
    {
        if (_registers is { } registers)
        {
            var dense = new byte[1 + Registers];
            dense[0] = DenseTag;
            registers.CopyTo(dense, 1);
            return dense;
        }

        // Sorted, so the same set always serializes to the same bytes.
        var hashes = _exact!.Order().ToArray();
        var bytes = new byte[1 + 4 + (8 * hashes.Length)];
        bytes[0] = ExactTag;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(1), hashes.Length);
        for (var i = 0; i < hashes.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(5 + (8 * i)), hashes[i]);
        }

        return bytes;
    }

    public static DistinctSketch FromBytes(ReadOnlySpan<byte> bytes)
    {
        var sketch = new DistinctSketch();
        if (bytes.IsEmpty)
        {
            return sketch;
        }

        if (bytes[0] == DenseTag && bytes.Length == 1 + Registers)
        {
            sketch._exact = null;
            sketch._registers = bytes[1..].ToArray();
            return sketch;
        }

        if (bytes[0] != ExactTag || bytes.Length < 5)
        {
            throw new FormatException("not a distinct sketch");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[1..]);
        if (bytes.Length != 5 + (8 * count))
        {
            throw new FormatException("truncated distinct sketch");
        }

        for (var i = 0; i < count; i++)
        {
            sketch._exact!.Add(BinaryPrimitives.ReadUInt64LittleEndian(bytes[(5 + (8 * i))..]));
        }

        return sketch;
    }

    private void Densify()
    {
        _registers = new byte[Registers];
        foreach (var hash in _exact!)
        {
            AddDense(_registers, hash);
        }

        _exact = null;
    }

    private static void AddDense(byte[] registers, ulong hash)
    {
        var index = (int)(hash >> (64 - Precision));
        // The remaining bits with a guard bit, so the rank is at most 64 - Precision + 1.
        var rest = (hash << Precision) | (1UL << (Precision - 1));
        var rank = (byte)(BitOperations.LeadingZeroCount(rest) + 1);
        if (rank > registers[index])
        {
            registers[index] = rank;
        }
    }

    private static long Estimate(byte[] registers)
    {
        double sum = 0;
        var zeros = 0;
        foreach (var r in registers)
        {
            sum += Math.ScaleB(1.0, -r);
            if (r == 0)
            {
                zeros++;
            }
        }

        const double m = Registers;
        var alpha = 0.7213 / (1 + (1.079 / m));
        var raw = alpha * m * m / sum;
        var estimate = raw <= 2.5 * m && zeros > 0 ? m * Math.Log(m / zeros) : raw;
        return (long)Math.Round(estimate);
    }
}
