namespace RemoteEvaluation.Grains.Persistence;

/// <summary>
/// An event about to be appended: its stable type name, its JSON body and its JSON metadata
/// (who, from which site and connection). The bytes given here are the bytes stored and hashed.
/// </summary>
public sealed record NewEvent(string Type, ReadOnlyMemory<byte> Data, ReadOnlyMemory<byte> Metadata)
{
    public static readonly ReadOnlyMemory<byte> EmptyMetadata = "{}"u8.ToArray();

    public NewEvent(string type, ReadOnlyMemory<byte> data)
        : this(type, data, EmptyMetadata)
    {
    }
}
