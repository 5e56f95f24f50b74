using RemoteEvaluation.Contracts;
using RemoteEvaluation.Domain.Chat;

namespace RemoteEvaluation.Server.Tests.Hubs;

/// <summary>Chat between centres and the presenter's document view over the real client, on real Kestrel.</summary>
public sealed class ChatAndDocumentTests(HubServerFixture fixture) : IClassFixture<HubServerFixture>
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
        await LiveSession.ScoringAsync(fixture.Server.Grains, sessionId);
        await using var host = await JoinedAsync("host.hz", sessionId);
        await using var expert = await JoinedAsync("e2", sessionId);
        await using var nb = await JoinedAsync("staff.nb", sessionId);

        var ack = await host.Connection.InvokeAsync<DocumentViewAck>("ShowDocument", [sessionId, "doc-1", "criteria", 3, 1.5m, 0.25m], Wire.Cancel).Within();

        Assert.False(ack.Superseded);
        await Task.WhenAll(expert.AppliedThroughAsync("session/" + sessionId, ack.Version), nb.AppliedThroughAsync("session/" + sessionId, ack.Version));
        var shown = expert.Applied.Single(e => e.Version == ack.Version);
        Assert.Equal("document.shown", shown.Type);
        Assert.Equal(("criteria", 3), (shown.Data.GetProperty("documentId").GetString(), shown.Data.GetProperty("page").GetInt32()));
        Assert.Equal(EventEnvelope.HiddenType, nb.Applied.Single(e => e.Version == ack.Version).Type);
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
