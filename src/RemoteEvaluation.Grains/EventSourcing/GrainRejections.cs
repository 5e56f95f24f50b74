namespace RemoteEvaluation.Grains.EventSourcing;

/// <summary>Rejection codes raised by the runtime rather than by the rules.</summary>
public static class GrainRejections
{
    /// <summary>Other writers kept winning the append; the client may retry with the same command id.</summary>
    public const string Contended = "grain.contended";

    /// <summary>The command needs a command id (or carried a malformed one).</summary>
    public const string CommandIdRequired = "grain.command_id_required";
}
