using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Cli;

/// <summary>
/// <c>verify &lt;zip&gt; [--key pub.pem] [--max-entry-bytes N] [--max-total-bytes N] [--max-entries N]</c> (证据包校验): checks an evidence package offline and names the first
/// problem with its stable code. Exit code 0 when intact, 1 when a problem is found, 2 when a file cannot be read.
/// </summary>
internal static class VerifyCommand
{
    public static int Run(FileInfo package, FileInfo? key, TextWriter output, TextWriter error, EvidenceReadLimits? limits = null)
    {
        string? pinned = null;
        try
        {
            if (key is not null)
            {
                pinned = File.ReadAllText(key.FullName);
                _ = EvidenceKey.PublicKeyDerOf(pinned);
            }

            using var zip = File.OpenRead(package.FullName);
            var verification = EvidenceVerifier.Verify(zip, pinned, limits);
            if (verification.Problem is { } problem)
            {
                output.WriteLine($"FAIL {problem}");
                return 1;
            }

            var m = verification.Manifest!;
            output.WriteLine($"ok: session {m.Session.Id} ({m.Session.ProjectCode} {m.Session.ProjectName}), host centre {m.Session.HostSiteId}, phase {m.Session.Phase}");
            output.WriteLine($"  {m.Events.Count} event(s), versions 1…{m.Events.LastVersion}, {m.Events.FirstTime:O} … {m.Events.LastTime:O}");
            output.WriteLine($"  final hash {m.Events.FinalHash}");
            output.WriteLine($"  signed {m.Algorithm} by centre {m.Key.SiteId}, key {m.Key.Fingerprint}{(pinned is null ? " (not pinned: pass --key to insist on it)" : " (pinned)")}");
            output.WriteLine($"  {m.Documents.Count} document hash(es); {m.Draws.Count} draw(s) re-run to their records");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            error.WriteLine($"cannot read {(pinned is null && key is not null ? key.FullName : package.FullName)}: {e.Message}");
            return 2;
        }
    }
}
