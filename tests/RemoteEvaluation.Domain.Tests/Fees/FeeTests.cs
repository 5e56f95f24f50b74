using RemoteEvaluation.Domain.Conduct;
using RemoteEvaluation.Domain.Fees;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Domain.Tests.Fees;

public class FeeTests
{
    [Theory]
    [InlineData(3.5, 800)]
    [InlineData(4, 800)]
    [InlineData(6, 1_200)]
    [InlineData(8.1, 1_350)]
    [InlineData(10, 1_500)]
    public void the_fee_is_the_band_of_the_duration_plus_each_started_extra_hour(double hours, int expected)
    {
        var zj = Specs.FeeSettings.Fees.RatesOf("pool-zj")!;
        Assert.Equal(expected, zj.FeeFor(TimeSpan.FromHours(hours)));
    }

    [Fact]
    public void experts_are_paid_by_duration_and_a_remote_expert_gets_the_higher_pools_rate()
    {
        // Start 09:00, everyone checked in before; the session closes at 12:00 (3 hours): first band.
        var fees = Specs.Closed(Specs.FeeSettings).Given(new SettleFees(Host)).Only<FeesSettled>().Fees;

        Assert.Equal(["e1", "e2", "e3", "e4"], fees.Select(f => f.PersonId));
        Assert.All(fees, f => Assert.Equal(TimeSpan.FromHours(3), f.Duration));
        Assert.Equal(new ExpertFee("e1", false, TimeSpan.FromHours(3), "pool-zj", 800), fees[0]);
        Assert.Equal(new ExpertFee("e2", true, TimeSpan.FromHours(3), "pool-zj", 800), fees[1]);

        // e4 sits in Wenzhou and comes from the Jiangsu pool, which pays 1 000 for this band.
        Assert.Equal(new ExpertFee("e4", true, TimeSpan.FromHours(3), "pool-js", 1_000), fees[3]);
    }

    [Fact]
    public void settling_without_the_pools_fee_table_is_rejected() =>
        Specs.Closed().Rejects(new SettleFees(Host), FeeRejections.PoolRatesMissing);

    [Fact]
    public void settling_twice_is_rejected() =>
        Specs.Closed(Specs.FeeSettings).Given(new SettleFees(Host)).Rejects(new SettleFees(Host), FeeRejections.AlreadySettled);

    [Fact]
    public void conduct_is_recorded_for_every_expert_with_staff_remarks()
    {
        var records = Specs.Closed().Given(new RecordConduct(Host, [new StaffRemark("e3", "Left the room twice during scoring")]))
            .History.OfType<ExpertConductRecorded>().ToList();

        Assert.Equal(["e1", "e2", "e3", "e4"], records.Select(r => r.PersonId));
        Assert.Equal(["Left the room twice during scoring"], records[2].Remarks);
        Assert.All(records, r => Assert.False(r.Late || r.Absent || r.WithdrewOnConflict));
    }

    [Fact]
    public void a_remark_on_someone_who_was_not_an_expert_here_is_rejected() =>
        Specs.Closed().Rejects(new RecordConduct(Host, [new StaffRemark("r1", "Talkative")]), ConductRejections.UnknownExpert);

    [Fact]
    public void recording_conduct_twice_is_rejected() =>
        Specs.Closed().Given(new RecordConduct(Host, [])).Rejects(new RecordConduct(Host, []), ConductRejections.AlreadyRecorded);
}
