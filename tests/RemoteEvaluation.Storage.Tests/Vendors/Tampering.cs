namespace RemoteEvaluation.Storage.Tests.Vendors;

public static class Tampering
{
    /// <summary>Changes one bit of the middle byte: the smallest edit an attacker could make.</summary>
    public static byte[] FlipOneByte(byte[] data)
    {
        var copy = (byte[])data.Clone();
        copy[copy.Length / 2] ^= 0x01;
        return copy;
    }
}
