using RemoteEvaluation.Domain.Scoring;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Server.Hubs;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>
/// One push per distinct envelope: audiences that see an event alike share a send, every audience still gets exactly
/// what its own visibility gives it, and the host centre's staff are sent to first.
/// </summary>
public sealed class PushPlanTests
{
    private const string SessionId = "push-plan";
    private static readonly EventCodec<SessionEvent> Codec = new();

    private static readonly Audience[] Audiences =
    [
        .. Specs.Committee.Select(m => Audience.Of(Specs.MemberActor(m.PersonId))),
        Audience.Of(StaffOf(Ningbo)),
        Audience.Of(StaffOf(Wenzhou)),
        Audience.Of(Supervisor),
        Audience.Of(Host),
    ];

    [Fact]
    public void a_score_sheet_reaches_every_audience_once_with_the_envelope_its_visibility_gives_it()
    {
        var (before, stored, e) = ScoreSheetOfE2();

        var plan = PushPlan.For(before, stored, e, [.. Audiences.Select(a => (a, HubGroups.Audience(SessionId, a)))]);

        var sent = plan.SelectMany(p => p.Groups.Select(g => (Group: g, p.Envelope))).ToList();
        Assert.Equal(Audiences.Select(a => HubGroups.Audience(SessionId, a)).Order(), sent.Select(s => s.Group).Order());
        foreach (var audience in Audiences)
        {
            var expected = SessionEventView.For(before, stored, e, audience);
            var got = sent.Single(s => s.Group == HubGroups.Audience(SessionId, audience)).Envelope;
            Assert.Equal((expected.Type, expected.Data.GetRawText()), (got.Type, got.Data.GetRawText()));
        }
    }

    [Fact]
    public void members_who_may_not_see_another_members_sheet_share_one_placeholder_send()
    {
        var (before, stored, e) = ScoreSheetOfE2();

        var plan = PushPlan.For(before, stored, e, [.. Audiences.Select(a => (a, HubGroups.Audience(SessionId, a)))]);

        var others = Specs.Committee.Where(m => m.PersonId != "e2").Select(m => HubGroups.Audience(SessionId, Audience.Of(Specs.MemberActor(m.PersonId))));
        var placeholder = Assert.Single(plan, p => p.Envelope.Type == Contracts.EventEnvelope.HiddenType);
        Assert.Superset(others.ToHashSet(), placeholder.Groups.ToHashSet());
        Assert.True(plan.Count < Audiences.Length);
    }

    [Fact]
    public void the_host_centres_staff_are_in_the_first_send()
    {
        var (before, stored, e) = ScoreSheetOfE2();

        var plan = PushPlan.For(before, stored, e, [.. Audiences.Select(a => (a, HubGroups.Audience(SessionId, a)))]);

        Assert.Contains(HubGroups.Audience(SessionId, Audience.Of(Host)), plan[0].Groups);
    }

    /// <summary>Expert e2's technical sheet for bid A, as stored, with the session state before it.</summary>
    private static (SessionState Before, StoredEvent Stored, SessionEvent Event) ScoreSheetOfE2()
    {
        var spec = Specs.Scoring();
        var before = spec.State;
        spec.Given(new SubmitScoreSheet(Specs.MemberActor("e2"), "e2", "A", PartKind.Technical, Specs.Sheet(PartKind.Technical, 8)));
        var e = Assert.IsType<ScoreSheetSubmitted>(spec.History[^1]);
        var stored = new StoredEvent(HubGroups.Stream(SessionId), spec.History.Count, Codec.NameOf(e), Codec.Encode(e), NewEvent.EmptyMetadata, spec.Now, "sheet-e2-a", new byte[32], new byte[32]);
        return (before, stored, e);
    }
}
