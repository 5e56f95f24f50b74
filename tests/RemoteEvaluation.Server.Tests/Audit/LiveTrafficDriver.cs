using RemoteEvaluation.Domain.Actors;
using RemoteEvaluation.Domain.Chat;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Opening;
using RemoteEvaluation.Domain.Presence;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Domain.Summary;
using RemoteEvaluation.Domain.Supervision;
using RemoteEvaluation.Domain.Tests.Infrastructure;
using RemoteEvaluation.Grains.Sessions;
using static RemoteEvaluation.Domain.Tests.Infrastructure.People;

namespace RemoteEvaluation.Server.Tests.Audit;

/// <summary>
/// Drives a script through a real session grain with <see cref="GrainSessionDriver"/>, one command at a time, adds the
/// live traffic a replay must show (connections, chat, a warning, the document on screen) at fixed points, and captures
/// the grain's state after every command: what the live session was at that version.
/// </summary>
internal sealed class LiveTrafficDriver(ISessionGrain session, GrainSessionDriver inner) : ISessionDriver
{
    public List<SessionSnapshot> Captured { get; } = [];

    public ISessionDriver At(DateTimeOffset now)
    {
        inner.At(now);
        return this;
    }

    public ISessionDriver Given(params SessionCommand[] commands)
    {
        foreach (var command in commands)
        {
            Send(command);
            foreach (var extra in TrafficAfter(command))
            {
                Send(extra);
            }
        }

        return this;
    }

    private void Send(SessionCommand command)
    {
        inner.Given(command);
        Captured.Add(session.GetSnapshotAsync().GetAwaiter().GetResult());
    }

    private static SessionCommand[] TrafficAfter(SessionCommand command) => command switch
    {
        OpenSession =>
        [
            SampleDocuments.Tender("bid-list", "开标一览表"),
            SampleDocuments.Tender("discipline-notice", "评标纪律"),
            new RecordConnected(Actor.System, Host, "c-host"),
            new RecordConnected(Actor.System, NingboStaff, "c-nb"),
            new PostChatMessage(Host, null, "The session is open."),
            new ShowDocument(Host, "discipline-notice", 1),
            new PostChatMessage(NingboStaff, Ningbo, "NB ready."),
        ],
        StartReview => [new ShowDocument(Host, "bid-list", 2, 1.5m, 0.25m), new IssueWarning(Supervisor, Ningbo, "Phones away, please.")],
        StartSummary => [new RecordSiteSilent(Actor.System, Wenzhou, Specs.Start.AddHours(4)), new RecordSiteBack(Actor.System, Wenzhou), new RecordDisconnected(Actor.System, "c-nb")],
        _ => [],
    };
}
