using System.Text;
using RemoteEvaluation.Client.Protocol;

namespace RemoteEvaluation.Client.Tests.Protocol;

public sealed class RecordSeparatedReaderTests
{
    private static readonly byte[] TwoMessages = Encoding.UTF8.GetBytes("{\"type\":6}\u001e{\"type\":1,\"target\":\"评标\",\"arguments\":[]}\u001e");

    [Fact]
    public void Several_messages_in_one_frame_are_read_one_by_one()
    {
        var reader = new RecordSeparatedReader(1024);

        reader.Append(TwoMessages);

        Assert.Equal(["{\"type\":6}", "{\"type\":1,\"target\":\"评标\",\"arguments\":[]}"], ReadAll(reader));
        Assert.Equal(0, reader.BufferedBytes);
    }

    [Fact]
    public void A_message_split_across_frames_at_any_byte_is_read_whole_once_its_separator_arrives()
    {
        for (var split = 1; split < TwoMessages.Length; split++)
        {
            var reader = new RecordSeparatedReader(1024);

            reader.Append(TwoMessages.AsSpan(0, split));
            var beforeRest = ReadAll(reader);
            reader.Append(TwoMessages.AsSpan(split));
            var all = beforeRest.Concat(ReadAll(reader)).ToArray();

            Assert.Equal(2, all.Length);
            Assert.Equal("{\"type\":6}", all[0]);
            Assert.Contains("评标", all[1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_message_arriving_one_byte_per_frame_is_read_once()
    {
        var reader = new RecordSeparatedReader(1024, initialCapacity: 2);
        List<string> read = [];

        foreach (var b in TwoMessages)
        {
            reader.Append([b]);
            read.AddRange(ReadAll(reader));
        }

        Assert.Equal(2, read.Count);
    }

    [Fact]
    public void A_partial_message_stays_buffered_without_being_returned()
    {
        var reader = new RecordSeparatedReader(1024);

        reader.Append("{\"type\":"u8);

        Assert.False(reader.TryRead(out _));
        Assert.Equal(8, reader.BufferedBytes);
    }

    [Fact]
    public void A_message_longer_than_the_limit_without_a_separator_is_refused()
    {
        var reader = new RecordSeparatedReader(1024);
        reader.Append(new byte[1024]);

        Assert.Throws<InvalidDataException>(() => reader.Append(new byte[1]));
    }

    [Fact]
    public void Completed_messages_do_not_count_towards_the_limit_of_the_next_one()
    {
        var reader = new RecordSeparatedReader(1024);
        var large = Enumerable.Repeat((byte)'a', 1000).Append(RecordSeparatedReader.RecordSeparator).ToArray();

        for (var i = 0; i < 5; i++)
        {
            reader.Append(large);
        }

        Assert.Equal(5, ReadAll(reader).Count);
    }

    private static List<string> ReadAll(RecordSeparatedReader reader)
    {
        List<string> messages = [];
        while (reader.TryRead(out var message))
        {
            messages.Add(Encoding.UTF8.GetString(message.Span));
        }

        return messages;
    }
}
