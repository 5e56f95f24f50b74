using RemoteEvaluation.Domain.Experts;

namespace RemoteEvaluation.Domain.Tests.Experts;

public sealed class ExpertRegistryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Birth = new(1975, 5, 5);

    public static RegisterExpert Registration(string name = "王伟", string? idNumber = null) => new(
        name,
        idNumber ?? IdNumber.WithCheckCharacter("33010619750505123"),
        Birth,
        "13800000000",
        RegionCode.Parse("330203"),
        ["C0501", "C0502"],
        Qualification.Senior,
        [new Employment("corp-1", "某设计院", new DateOnly(2000, 7, 1), null)],
        [new DeclaredConflict("corp-9", "配偶任职", new DateOnly(2024, 1, 1))]);

    [Fact]
    public void registering_an_expert_records_identity_employment_and_conflicts_in_one_decision()
    {
        var state = Apply(ExpertState.Empty, Registration());

        Assert.Equal(ExpertStatus.Active, state.Status);
        Assert.Equal(["C0501", "C0502"], state.Specialties);
        Assert.Single(state.Employment);
        Assert.Single(state.Conflicts);
    }

    [Fact]
    public void registering_again_with_the_same_identity_records_nothing()
    {
        var state = Apply(ExpertState.Empty, Registration());

        var again = ExpertDecider.Decide(state, Registration(), Now);

        Assert.False(again.IsRejected);
        Assert.Empty(again.Events);
    }

    [Fact]
    public void the_identity_is_sealed_once_registered()
    {
        var state = Apply(ExpertState.Empty, Registration());

        Assert.Equal(ExpertRejections.IdentitySealed, ExpertDecider.Decide(state, Registration(name: "王伟伟"), Now).Rejection?.Code);
    }

    [Theory]
    [InlineData("330106197505051230")]
    [InlineData("33010619750506123X")]
    [InlineData("3301061975050512")]
    public void an_id_number_with_a_wrong_check_character_or_birth_date_is_rejected(string idNumber)
    {
        Assert.Equal(ExpertRejections.InvalidIdNumber, ExpertDecider.Decide(ExpertState.Empty, Registration(idNumber: idNumber), Now).Rejection?.Code);
    }

    [Fact]
    public void experts_hold_second_level_specialties_only()
    {
        var registration = Registration() with { Specialties = ["C05"] };

        Assert.Equal(ExpertRejections.InvalidSpecialty, ExpertDecider.Decide(ExpertState.Empty, registration, Now).Rejection?.Code);
    }

    [Fact]
    public void a_job_that_ends_before_it_starts_is_rejected()
    {
        var registration = Registration() with { Employment = [new Employment("corp-1", "某设计院", new DateOnly(2020, 1, 1), new DateOnly(2019, 1, 1))] };

        Assert.Equal(ExpertRejections.InvalidDates, ExpertDecider.Decide(ExpertState.Empty, registration, Now).Rejection?.Code);
    }

    [Fact]
    public void changes_to_an_unregistered_expert_are_rejected()
    {
        Assert.Equal(ExpertRejections.NotRegistered, ExpertDecider.Decide(ExpertState.Empty, new ChangeStatus(ExpertStatus.Suspended, "x"), Now).Rejection?.Code);
    }

    [Fact]
    public void a_disqualification_retires_the_expert_for_good()
    {
        var state = Apply(ExpertState.Empty, Registration());
        state = Apply(state, new ImposePenalty(new Penalty("p-1", PenaltyKind.Disqualification, true, "串通投标", new DateOnly(2026, 1, 1), null)));

        Assert.Equal(ExpertStatus.Retired, state.Status);
        Assert.Equal(ExpertRejections.Retired, ExpertDecider.Decide(state, new ChangeStatus(ExpertStatus.Active, "申诉"), Now).Rejection?.Code);
    }

    [Fact]
    public void conduct_and_fees_of_a_closed_session_are_recorded_once()
    {
        var state = Apply(ExpertState.Empty, Registration());
        state = Apply(state, new RecordSessionConduct(Conduct("s-1")));
        state = Apply(state, new SettleFee(new FeeEntry("s-1", 800.00m, "评标劳务费", Now)));

        Assert.Equal(ExpertRejections.DuplicateEntry, ExpertDecider.Decide(state, new RecordSessionConduct(Conduct("s-1") with { Late = false }), Now).Rejection?.Code);
        Assert.Equal(ExpertRejections.DuplicateEntry, ExpertDecider.Decide(state, new SettleFee(new FeeEntry("s-1", 1m, "x", Now)), Now).Rejection?.Code);
        Assert.Equal(800.00m, state.Fees.Sum(f => f.Amount));
    }

    [Fact]
    public void the_record_keeps_what_the_expert_did_in_the_session_not_a_grade()
    {
        var state = Apply(ExpertState.Empty, Registration());

        state = Apply(state, new RecordSessionConduct(Conduct("s-1")));

        var entry = Assert.Single(state.Conduct);
        Assert.Equal(("s-1", true, false, 1, 2), (entry.SessionId, entry.Late, entry.Absent, entry.Deviations, entry.ScoresRechecked));
        Assert.Equal(["到场迟到 20 分钟"], entry.Remarks);
    }

    internal static ConductEntry Conduct(string sessionId) =>
        new(sessionId, Late: true, Absent: false, WithdrewOnConflict: false, Deviations: 1, ScoresRechecked: 2, ["  到场迟到 20 分钟 "], Now);

    [Fact]
    public void an_assignment_recorded_twice_is_recorded_once()
    {
        var state = Apply(ExpertState.Empty, Registration());
        var assignment = new RecordAssignment(new Assignment("s-1", "d-1", "t-1", Now, Now.AddHours(4)));
        state = Apply(state, assignment);

        Assert.Empty(ExpertDecider.Decide(state, assignment, Now).Events);
    }

    private static ExpertState Apply(ExpertState state, ExpertCommand command)
    {
        var decision = ExpertDecider.Decide(state, command, Now);
        Assert.False(decision.IsRejected, decision.Rejection?.ToString());
        return decision.Events.Aggregate(state, ExpertDecider.Evolve);
    }
}
