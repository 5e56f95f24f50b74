using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Documents;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>Chat between centres and the presenter's document view over the real client, on real Kestrel.</summary>
public sealed class ChatAndDocumentTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    [Fact]
    public async Task chat_to_everyone_reaches_every_centre_and_a_private_channel_only_its_centre()
    {
        const string sessionId = "chat";
        var head = (await (await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId)).GetSnapshotAsync()).Version;
        await using var host = await JoinedAsync("host.hz", sessionId);
        await using var nb = await JoinedAsync("staff.nb", sessionId);
        await using var wz = await JoinedAsync("staff.wz", sessionId);

        await host.SendAsync("PostChatMessage", sessionId, "chat-1", null, "Scoring closes at 11:00.");
        var last = (await host.SendAsync("PostChatMessage", sessionId, "chat-2", LiveSession.NingboSite, "NB, your camera is off.")).Version;

        await Task.WhenAll(host.AppliedThroughAsync("session/" + sessionId, last), nb.AppliedThroughAsync("session/" + sessionId, last), wz.AppliedThroughAsync("session/" + sessionId, last));
        Assert.Equal(["Scoring closes at 11:00.", "NB, your camera is off."], ChatTexts(host, head));
        Assert.Equal(["Scoring closes at 11:00.", "NB, your camera is off."], ChatTexts(nb, head));
        Assert.Equal(["Scoring closes at 11:00."], ChatTexts(wz, head));
    }

    [Fact]
    public async Task remote_staff_answer_the_host_on_their_own_channel_and_cannot_speak_to_everyone()
    {
        const string sessionId = "chat-remote";
        await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId);
        await using var nb = await JoinedAsync("staff.nb", sessionId);

        var refused = await nb.RefusedAsync("PostChatMessage", sessionId, "nb-1", null, "Hello all");
        var posted = await nb.SendAsync("PostChatMessage", sessionId, "nb-2", LiveSession.NingboSite, "Camera restarted.");

        Assert.Equal(ChatRejections.WrongChannel, refused.Code);
        Assert.False(posted.Duplicate);
    }

    [Fact]
    public async Task an_expert_follows_the_presenters_document_and_remote_staff_get_a_placeholder()
    {
        const string sessionId = "document";
        var session = await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId);
        await LiveSession.RegisterPresentedDocumentsAsync(session);
        await using var host = await JoinedAsync("host.hz", sessionId);
        await using var expert = await JoinedAsync("e2", sessionId);
        await using var nb = await JoinedAsync("staff.nb", sessionId);

        var ack = await host.Connection.InvokeAsync<DocumentViewAck>("ShowDocument", [sessionId, "doc-1", "criteria", 3, 1.5m, 0.25m], Wire.Cancel).Within();

        await Wire.Until(() => expert.Applied.Any(e => e.Type == "document.shown"), "the document at the expert");
        var shown = expert.Applied.Single(e => e.Type == "document.shown");
        Assert.True(shown.Version > ack.CheckedAtVersion);
        Assert.Equal(("criteria", 3), (shown.Data.GetProperty("documentId").GetString(), shown.Data.GetProperty("page").GetInt32()));
        await nb.AppliedThroughAsync("session/" + sessionId, shown.Version);
        Assert.Equal(EventEnvelope.HiddenType, nb.Applied.Single(e => e.Version == shown.Version).Type);
        Assert.Equal(new DocumentView("criteria", 3, 1.5m, 0.25m), (await session.GetSnapshotAsync()).State.OnScreen);
    }

    [Fact]
    public async Task a_burst_of_positions_ends_on_the_last_one_and_records_no_more_than_were_sent()
    {
        const string sessionId = "document-burst";
        var session = await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId);
        await LiveSession.RegisterPresentedDocumentsAsync(session);
        var before = (await session.GetSnapshotAsync()).Version;
        await using var host = await JoinedAsync("host.hz", sessionId);

        for (var page = 1; page <= 30; page++)
        {
            await host.Connection.SendAsync("ShowDocument", [sessionId, $"burst-{page}", "bid-list", page, 1m, 0m], Wire.Cancel).Within();
        }

        await Wire.Until(() => session.GetSnapshotAsync().Result.State.OnScreen?.Page == 30, "page 30 on screen");
        var recorded = 0;
        await foreach (var e in fixture.Server.Store.ReadStreamAsync("session/" + sessionId, before, Wire.Cancel))
        {
            recorded += e.Type == "document.shown" ? 1 : 0;
        }

        Assert.InRange(recorded, 1, 30);
    }

    [Fact]
    public async Task a_bad_position_is_refused_with_its_code_and_nothing_is_recorded()
    {
        const string sessionId = "document-bad";
        var session = await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId);
        await LiveSession.RegisterPresentedDocumentsAsync(session);
        await using var host = await JoinedAsync("host.hz", sessionId);
        var before = (await session.GetSnapshotAsync()).Version;

        var refused = await host.RefusedAsync("ShowDocument", sessionId, "doc-bad", "criteria", 0, 1m, 0m);

        Assert.Equal(DocumentRejections.PageOutOfRange, refused.Code);
        Assert.Equal(before, (await session.GetSnapshotAsync()).Version);
    }

    [Fact]
    public async Task only_the_presenter_moves_the_document()
    {
        const string sessionId = "document-presenter";
        await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId);
        await using var expert = await JoinedAsync("e2", sessionId);

        var refused = await expert.RefusedAsync("ShowDocument", sessionId, "doc-1", "criteria", 1, 1m, 0m);

        Assert.Equal("auth.wrong_role", refused.Code);
    }

    private async Task<HubClient> JoinedAsync(string who, string sessionId)
    {
        // Resync from the start joins too, and lets the client's tracker apply every later push in order.
        var client = await fixture.Server.ConnectAsync(who, sessionId);
        await client.ResyncAsync(sessionId, 0);
        return client;
    }

    private static string[] ChatTexts(HubClient client, long after) =>
        [.. client.Applied.Where(e => e.Version > after && e.Type == "chat.message_posted").Select(e => e.Data.GetProperty("text").GetString()!)];
}
