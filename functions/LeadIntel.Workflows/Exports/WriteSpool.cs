using System.Buffers;

namespace LeadIntel.Workflows.Exports;

/// <summary>
/// A write-only stream that keeps what is written in memory until <see cref="DrainAsync"/> sends it on.
/// <see cref="System.IO.Compression.ZipArchive"/> writes some records synchronously (an entry's data
/// descriptor on close), which an ASP.NET Core response refuses; the spool takes them, and the sink drains
/// it asynchronously after every chunk, so it never holds more than one chunk.
/// </summary>
public sealed class WriteSpool(Stream inner) : Stream
{
    private readonly ArrayBufferWriter<byte> _pending = new(128 * 1024);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public async Task DrainAsync(CancellationToken ct)
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        await inner.WriteAsync(_pending.WrittenMemory, ct);
        _pending.ResetWrittenCount();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
