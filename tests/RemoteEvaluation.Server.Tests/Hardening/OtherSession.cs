using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Scoring;

namespace RemoteEvaluation.Server.Tests.Hardening;

/// <summary>A second session whose expert e2 keeps scoring while a test attacks the server through another connection.</summary>
internal sealed class OtherSession
{
    private readonly Participant expert;
    private int sheets;

    private OtherSession(Participant expert) => this.expert = expert;

    public static async Task<OtherSession> OpenAsync(LiveServer server, string sessionId = "other-session")
    {
        await ScoringSession.OpenAsync(server.Grains, sessionId);
        return new OtherSession(await server.JoinAsync(sessionId, "e2"));
    }

    /// <summary>Asserts that the session still progresses: a score sheet command succeeds and its event is pushed to the expert.</summary>
    public async Task ProgressesAsync()
    {
        var bid = ScoringSession.Bids[sheets++ % ScoringSession.Bids.Count].BidderId;
        var ack = await expert.InvokeAsync<CommandAck>(
            "SubmitScoreSheet", expert.SessionId, $"other-{Guid.NewGuid():N}", "e2", bid, PartKind.Technical, ScoringSession.TechnicalSheet);

        Assert.False(ack.Duplicate);
        var pushed = await expert.AppliedAsync(ack.Version);
        Assert.Equal("scoring.sheet_submitted", pushed.Type);
    }
}
