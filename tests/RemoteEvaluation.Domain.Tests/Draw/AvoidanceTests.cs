using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using static RemoteEvaluation.Domain.Tests.Draw.DrawScenario;

namespace RemoteEvaluation.Domain.Tests.Draw;

public sealed class AvoidanceTests
{
    private static readonly DateOnly SessionDay = DateOnly.FromDateTime(SessionFrom.UtcDateTime);

    /// <summary>For each rule: an expert it catches, and the request with only that rule switched off.</summary>
    public static TheoryData<string, string> Rules => new()
    {
        { nameof(AvoidanceRules.SameEmployer), Exclusions.SameEmployer },
        { nameof(AvoidanceRules.DeclaredConflict), Exclusions.DeclaredConflict },
        { nameof(AvoidanceRules.DepartmentStaff), Exclusions.DepartmentStaff },
        { nameof(AvoidanceRules.MisconductPenalty), Exclusions.MisconductPenalty },
        { nameof(AvoidanceRules.SameCity), Exclusions.SameCity },
        { nameof(AvoidanceRules.RecentService), Exclusions.RecentService },
        { nameof(AvoidanceRules.ScheduleClash), Exclusions.ScheduleClash },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void a_rule_that_is_on_excludes_the_expert_it_catches(string rule, string code)
    {
        var eligibility = new Eligibility(Request(AvoidanceRules.All));

        Assert.Equal(code, eligibility.ExclusionOf(CaughtBy(rule)));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void a_rule_that_is_off_lets_the_expert_through(string rule, string code)
    {
        var eligibility = new Eligibility(Request(Without(rule)));

        var exclusion = eligibility.ExclusionOf(CaughtBy(rule));

        Assert.Null(exclusion);
        Assert.NotEqual(code, exclusion);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void a_rule_finds_the_entry_behind_a_long_harmless_history(string rule, string code)
    {
        var caught = CaughtBy(rule);
        var padded = caught with
        {
            Employment = [new Employment("corp-a", "甲", new DateOnly(2001, 1, 1), new DateOnly(2005, 1, 1)), new Employment("corp-b", "乙", new DateOnly(2005, 1, 2), null), .. caught.Employment],
            Conflicts = [new DeclaredConflict("corp-z", "旧识", new DateOnly(2020, 1, 1)), .. caught.Conflicts],
            Penalties = [new Penalty("p-0", PenaltyKind.Suspension, false, "旧事", new DateOnly(2019, 1, 1), new DateOnly(2019, 6, 1)), .. caught.Penalties],
            Unavailable = [new Unavailability(SessionFrom.AddDays(-9), SessionFrom.AddDays(-8), "休假")],
            Assignments = [new Assignment("s-x", "d-x", "tenderer-x", SessionFrom.AddDays(-400), SessionFrom.AddDays(-400).AddHours(3)), .. caught.Assignments],
        };

        Assert.Equal(code, new Eligibility(Request(AvoidanceRules.All)).ExclusionOf(padded));
        Assert.Null(new Eligibility(Request(Without(rule))).ExclusionOf(padded));
    }

    /// <summary>The pool index hands the draw its profiles as columns (struct of arrays); they must judge exactly as the profiles do.</summary>
    [Theory]
    [MemberData(nameof(Rules))]
    public void the_pool_index_columns_judge_every_expert_as_the_profiles_do(string rule, string code)
    {
        string[] rules = [nameof(AvoidanceRules.SameEmployer), nameof(AvoidanceRules.DeclaredConflict), nameof(AvoidanceRules.DepartmentStaff),
            nameof(AvoidanceRules.MisconductPenalty), nameof(AvoidanceRules.SameCity), nameof(AvoidanceRules.RecentService), nameof(AvoidanceRules.ScheduleClash)];
        List<PoolExpert> pool =
        [
            .. rules.Select((r, i) => new PoolExpert($"caught-{i}", CaughtBy(r))),
            new("ok-1", Expert()),
            new("ok-2", Expert(Wenzhou, "C0502", "D0101") with { Employment = [new Employment("corp-a", "甲", new DateOnly(2001, 1, 1), null)] }),
            new("too-old", Expert() with { BirthDate = new DateOnly(1940, 1, 1) }),
            new("suspended", Expert() with { Status = ExpertStatus.Suspended }),
            new("underqualified", Expert() with { Qualification = Qualification.None }),
            new("away", Expert() with { Unavailable = [new Unavailability(SessionFrom.AddHours(-1), SessionFrom.AddHours(1), "出差")] }),
        ];
        var caught = $"caught-{Array.IndexOf(rules, rule)}";

        foreach (var request in new[] { Request(AvoidanceRules.All), Request(Without(rule)), Request(AvoidanceRules.None) })
        {
            var byColumns = EligibleList.Build(request, new PoolIndex(pool).Select(["C05"], _ => true), null, new HashSet<string>());
            var byProfiles = EligibleList.Build(request, [.. pool.OrderBy(p => p.ExpertId, StringComparer.Ordinal)], null, new HashSet<string>());

            Assert.Equal(byProfiles.Primary[0].Select(c => c.Entry), byColumns.Primary[0].Select(c => c.Entry));
            Assert.Equal(request.Avoidance == AvoidanceRules.All, byColumns.Primary[0].All(c => c.ExpertId != caught));
        }

        Assert.Equal(code, new Eligibility(Request(AvoidanceRules.All)).ExclusionOf(pool.Single(p => p.ExpertId == caught).Profile));
    }

    [Fact]
    public void a_suspension_and_an_unavailable_period_behind_other_entries_still_exclude()
    {
        var eligibility = new Eligibility(Request(AvoidanceRules.None));
        var history = Expert() with
        {
            Assignments = [new Assignment("s-x", "d-x", "tenderer-x", SessionFrom.AddDays(-400), SessionFrom.AddDays(-400).AddHours(3))],
            Unavailable = [new Unavailability(SessionFrom.AddDays(-9), SessionFrom.AddDays(-8), "休假"), new Unavailability(SessionFrom.AddHours(3), SessionFrom.AddHours(9), "手术")],
        };

        Assert.Equal(Exclusions.Unavailable, eligibility.ExclusionOf(history));
        Assert.Equal(Exclusions.Suspended, eligibility.ExclusionOf(Expert() with
        {
            Penalties = [new Penalty("p-0", PenaltyKind.Warning, false, "x", new DateOnly(2019, 1, 1), null), new Penalty("p-1", PenaltyKind.Suspension, false, "缺席", SessionDay.AddDays(-1), null)],
        }));
    }

    [Fact]
    public void a_former_employer_counts_for_three_years_and_then_no_longer()
    {
        var eligibility = new Eligibility(Request());
        var leftTwoYearsAgo = Expert() with { Employment = [new Employment("bidder-2", "乙公司", new DateOnly(2010, 1, 1), SessionDay.AddYears(-2))] };
        var leftFourYearsAgo = Expert() with { Employment = [new Employment("bidder-2", "乙公司", new DateOnly(2010, 1, 1), SessionDay.AddYears(-4))] };

        Assert.Equal(Exclusions.SameEmployer, eligibility.ExclusionOf(leftTwoYearsAgo));
        Assert.Null(eligibility.ExclusionOf(leftFourYearsAgo));
    }

    [Fact]
    public void service_for_the_same_tenderer_long_ago_does_not_count_as_recent()
    {
        var eligibility = new Eligibility(Request());
        var longAgo = Expert() with { Assignments = [new Assignment("s-0", "d-0", "tenderer-1", SessionFrom.AddDays(-200), SessionFrom.AddDays(-200).AddHours(4))] };

        Assert.Null(eligibility.ExclusionOf(longAgo));
    }

    [Fact]
    public void pool_conditions_exclude_the_suspended_the_unavailable_the_too_old_and_the_underqualified()
    {
        var eligibility = new Eligibility(Request(AvoidanceRules.None));

        Assert.Equal(Exclusions.Suspended, eligibility.ExclusionOf(Expert() with { Status = ExpertStatus.Suspended }));
        Assert.Equal(Exclusions.Inactive, eligibility.ExclusionOf(Expert() with { Status = ExpertStatus.Retired }));
        Assert.Equal(Exclusions.Suspended, eligibility.ExclusionOf(Expert() with
        {
            Penalties = [new Penalty("p-1", PenaltyKind.Suspension, false, "缺席", SessionDay.AddDays(-10), SessionDay.AddDays(10))],
        }));
        Assert.Equal(Exclusions.Unavailable, eligibility.ExclusionOf(Expert() with { Unavailable = [new Unavailability(SessionFrom.AddHours(-1), SessionFrom.AddHours(1), "出差")] }));
        Assert.Equal(Exclusions.Age, eligibility.ExclusionOf(Expert() with { BirthDate = SessionDay.AddYears(-71) }));
        Assert.Null(eligibility.ExclusionOf(Expert() with { BirthDate = SessionDay.AddYears(-70) }));
        Assert.Equal(Exclusions.Qualification, eligibility.ExclusionOf(Expert() with { Qualification = Qualification.None }));
    }

    [Fact]
    public void a_class_code_matches_every_specialty_under_it_and_nothing_else()
    {
        Assert.True(Eligibility.Matches(Expert(null, "C0501"), "C05"));
        Assert.True(Eligibility.Matches(Expert(null, "C0501"), "C0501"));
        Assert.False(Eligibility.Matches(Expert(null, "C0601"), "C05"));
        Assert.False(Eligibility.Matches(Expert(null, "C0502"), "C0501"));
    }

    private static AvoidanceRules Without(string rule) => rule switch
    {
        nameof(AvoidanceRules.SameEmployer) => AvoidanceRules.All with { SameEmployer = false },
        nameof(AvoidanceRules.DeclaredConflict) => AvoidanceRules.All with { DeclaredConflict = false },
        nameof(AvoidanceRules.DepartmentStaff) => AvoidanceRules.All with { DepartmentStaff = false },
        nameof(AvoidanceRules.MisconductPenalty) => AvoidanceRules.All with { MisconductPenalty = false },
        nameof(AvoidanceRules.SameCity) => AvoidanceRules.All with { SameCity = false },
        nameof(AvoidanceRules.RecentService) => AvoidanceRules.All with { RecentService = false },
        nameof(AvoidanceRules.ScheduleClash) => AvoidanceRules.All with { ScheduleClash = false },
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static ExpertState CaughtBy(string rule) => rule switch
    {
        nameof(AvoidanceRules.SameEmployer) => Expert() with { Employment = [new Employment("bidder-1", "甲公司", new DateOnly(2015, 1, 1), null)] },
        nameof(AvoidanceRules.DeclaredConflict) => Expert() with { Conflicts = [new DeclaredConflict("person-1", "亲属", new DateOnly(2024, 1, 1))] },
        nameof(AvoidanceRules.DepartmentStaff) => Expert() with { Employment = [new Employment("dept-1", "住建局", new DateOnly(2015, 1, 1), null)] },
        nameof(AvoidanceRules.MisconductPenalty) => Expert() with
        {
            Penalties = [new Penalty("p-1", PenaltyKind.Warning, true, "私下接触投标人", new DateOnly(2020, 1, 1), null)],
        },
        nameof(AvoidanceRules.SameCity) => Expert(RegionCode.Parse("330108")),
        nameof(AvoidanceRules.RecentService) => Expert() with
        {
            Assignments = [new Assignment("s-0", "d-0", "tenderer-1", SessionFrom.AddDays(-30), SessionFrom.AddDays(-30).AddHours(4))],
        },
        nameof(AvoidanceRules.ScheduleClash) => Expert() with
        {
            Assignments = [new Assignment("s-9", "d-9", "tenderer-9", SessionFrom.AddHours(2), SessionFrom.AddHours(8))],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}
