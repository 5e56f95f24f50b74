using RemoteEvaluation.Contracts;

namespace RemoteEvaluation.Client;

/// <summary>Routes every push target of <see cref="IEvaluationClient"/> to an implementation of it.</summary>
public static class EvaluationClientHandlers
{
    /// <summary>
    /// Registers <paramref name="client"/> for <c>ReceiveEvents</c>, <c>Heartbeat</c>, <c>Presence</c> and <c>Alert</c>.
    /// </summary>
    /// <returns>Dispose it to remove all four handlers.</returns>
    public static IDisposable OnEvaluationClient(this HubConnection connection, IEvaluationClient client)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(client);
        return new Registrations(
        [
            connection.On<IReadOnlyList<EventEnvelope>>(nameof(IEvaluationClient.ReceiveEvents), client.ReceiveEvents),
            connection.On<HeartbeatProbe>(nameof(IEvaluationClient.Heartbeat), client.Heartbeat),
            connection.On<PresenceUpdate>(nameof(IEvaluationClient.Presence), client.Presence),
            connection.On<AlertNotice>(nameof(IEvaluationClient.Alert), client.Alert),
        ]);
    }

    private sealed class Registrations(IDisposable[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
