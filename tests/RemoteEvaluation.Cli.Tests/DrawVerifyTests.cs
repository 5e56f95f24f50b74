using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Cli.Tests;

public sealed class DrawVerifyTests : IDisposable
{
    private const string Secret = "0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("re-cli-");

    [Fact]
    public void a_revealed_draw_re_runs_to_a_match_with_exit_code_0()
    {
        var (code, output) = Verify(DrawRecordJson.Serialize(RevealedDraw()));

        Assert.Equal(0, code);
        Assert.StartsWith("match: draw d-1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void an_edited_drawn_order_is_a_mismatch_with_exit_code_1()
    {
        var record = RevealedDraw();
        var round = record.Rounds[0];
        var slot = round.Performed.Slots[0];
        var edited = slot with { Order = [slot.Order[1], slot.Order[0], .. slot.Order.Skip(2)] };
        record = record with { Rounds = [round with { Performed = round.Performed with { Slots = [edited] } }] };

        var (code, output) = Verify(DrawRecordJson.Serialize(record));

        Assert.Equal(1, code);
        Assert.Contains("mismatch", output, StringComparison.Ordinal);
    }

    [Fact]
    public void an_edited_snapshot_is_a_mismatch()
    {
        var json = DrawRecordJson.Serialize(RevealedDraw()).Replace("e-0007 330203", "e-0007 330204", StringComparison.Ordinal);

        Assert.Equal(1, Verify(json).Code);
    }

    [Fact]
    public void an_unreadable_file_exits_with_2()
    {
        Assert.Equal(2, Verify("{ not json").Code);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private (int Code, string Output) Verify(string json)
    {
        var path = Path.Combine(folder.FullName, "draw.json");
        File.WriteAllText(path, json);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DrawVerifyCommand.Run(new FileInfo(path), output, error);
        return (code, output.ToString() + error);
    }

    private static DrawRecord RevealedDraw()
    {
        var request = new DrawRequest(
            "s-1",
            "site-hz",
            new DrawProject("P-1", "t-1", "招标人", RegionCode.Parse("330106"), [new Bidder("b-1", "甲", [])], []),
            [new DrawSlot("C05", 5)],
            Now.AddDays(7),
            Now.AddDays(7).AddHours(4),
            AvoidanceRules.All,
            DrawSettings.Default);
        var pool = Enumerable.Range(0, 20).Select(i => new PoolExpert($"e-{i:D4}", new ExpertState
        {
            Status = ExpertStatus.Active,
            Region = RegionCode.Parse("330203"),
            Specialties = ["C0501"],
            Qualification = Qualification.Senior,
            BirthDate = new DateOnly(1970, 1, 1),
        })).ToList();
        var state = DrawState.Empty;
        foreach (var command in new DrawCommand[]
        {
            new RequestDraw(request, DrawSeed.Commitment(Secret)),
            new PerformDraw(Secret, "31415", pool, null, [new SeatOffer("site-nb", RegionCode.Parse("330203"), 10)]),
            new RevealSecret(Secret),
        })
        {
            var decision = DrawDecider.Decide(state, command, Now);
            Assert.False(decision.IsRejected, decision.Rejection?.ToString());
            state = decision.Events.Aggregate(state, DrawDecider.Evolve);
        }

        return DrawRecord.From("d-1", state);
    }
}
