namespace RemoteEvaluation.Client.Protocol;

/// <summary>
/// Splits a byte stream into SignalR text-protocol messages, each ended by the record separator
/// 0x1E. WebSocket frames and messages do not line up: one message may span several frames and
/// one frame may hold several messages, so bytes are buffered until a separator arrives.
/// </summary>
internal sealed class RecordSeparatedReader
{
    public const byte RecordSeparator = 0x1E;

    private readonly int _maxMessageBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;

    public RecordSeparatedReader(int maxMessageBytes, int initialCapacity = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageBytes);
        _maxMessageBytes = maxMessageBytes;
        _buffer = new byte[Math.Min(initialCapacity, maxMessageBytes + 1)];
    }

    /// <summary>Bytes received but not yet returned as a message.</summary>
    public int BufferedBytes => _end - _start;

    /// <summary>Space to receive at least <paramref name="sizeHint"/> bytes into; call <see cref="Advance"/> with what was written.</summary>
    public Memory<byte> GetMemory(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sizeHint);
        if (_start == _end)
        {
            _start = _end = 0;
        }

        if (_buffer.Length - _end < sizeHint)
        {
            Compact(sizeHint);
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Marks <paramref name="count"/> bytes written into the memory from <see cref="GetMemory"/> as received.</summary>
    /// <exception cref="InvalidDataException">The unfinished message grew past the size limit.</exception>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _end);
        _end += count;

        // Only the bytes after the last separator belong to an unfinished message.
        var buffered = _buffer.AsSpan(_start, _end - _start);
        var unfinished = buffered.Length - (buffered.LastIndexOf(RecordSeparator) + 1);
        if (unfinished > _maxMessageBytes)
        {
            throw new InvalidDataException($"A hub message exceeded {_maxMessageBytes} bytes without a record separator.");
        }
    }

    /// <summary>Copies <paramref name="data"/> in, as if it had been received.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        data.CopyTo(GetMemory(data.Length).Span);
        Advance(data.Length);
    }

    /// <summary>
    /// The next complete message without its separator. The memory stays valid until the next call
    /// to <see cref="GetMemory"/> or <see cref="Append"/>.
    /// </summary>
    public bool TryRead(out ReadOnlyMemory<byte> message)
    {
        var index = _buffer.AsSpan(_start, _end - _start).IndexOf(RecordSeparator);
        if (index < 0)
        {
            message = default;
            return false;
        }

        message = _buffer.AsMemory(_start, index);
        _start += index + 1;
        return true;
    }

    private void Compact(int sizeHint)
    {
        var buffered = _end - _start;
        var needed = buffered + sizeHint;
        var target = _buffer.Length >= needed ? _buffer : new byte[Math.Max(needed, _buffer.Length * 2)];
        Buffer.BlockCopy(_buffer, _start, target, 0, buffered);
        _buffer = target;
        _start = 0;
        _end = buffered;
    }
}
