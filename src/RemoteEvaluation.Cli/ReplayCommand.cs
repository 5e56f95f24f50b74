using System.Globalization;
using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Cli;

/// <summary>
/// <c>replay &lt;zip&gt;</c> (回放): prints the session's timeline from an evidence package, one line per event, with
/// the phase changes the domain's rules make. Verifies the package first and refuses to replay a broken one
/// (exit 1); exit 2 when the file cannot be read.
/// </summary>
internal static class ReplayCommand
{
    public static int Run(FileInfo package, TextWriter output, TextWriter error, EvidenceReadLimits? limits = null)
    {
        List<EvidenceEvent> events = [];
        EvidenceVerification verification;
        try
        {
            using var zip = File.OpenRead(package.FullName);
            verification = EvidenceVerifier.Verify(zip, null, events, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot read {package.FullName}: {e.Message}");
            return 2;
        }

        if (verification.Problem is { } problem)
        {
            output.WriteLine($"FAIL {problem}");
            return 1;
        }

        var session = verification.Manifest!.Session;
        output.WriteLine($"session {session.Id} · {session.ProjectCode} {session.ProjectName} · host {session.HostSiteId}");
        foreach (var entry in Timeline.Of(events))
        {
            output.Write(entry.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            output.Write($"  v{entry.Version,-5} {entry.Who,-28} {entry.Site,-8} {entry.What}");
            output.WriteLine(entry.PhaseChangedTo is { } phase ? $"  ⇒ {EventSummaries.PhaseName(phase)}" : "");
        }

        return 0;
    }
}
