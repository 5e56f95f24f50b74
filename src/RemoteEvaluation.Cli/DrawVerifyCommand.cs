using System.Text.Json;
using RemoteEvaluation.Domain.Draw;

namespace RemoteEvaluation.Cli;

/// <summary>
/// <c>draw verify &lt;file&gt;</c> (抽取复核): re-runs a revealed draw from its exported record and says whether it
/// matches. Exit code 0 when it matches, 1 when it does not (or cannot be re-run), 2 when the file is unreadable.
/// </summary>
internal static class DrawVerifyCommand
{
    public static int Run(FileInfo file, TextWriter output, TextWriter error)
    {
        DrawRecord record;
        try
        {
            record = DrawRecordJson.Deserialize(File.ReadAllText(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            error.WriteLine($"cannot read {file.FullName}: {e.Message}");
            return 2;
        }

        var verification = DrawVerifier.Verify(record);
        if (verification.Matches)
        {
            output.WriteLine($"match: draw {record.DrawId} re-ran {record.Rounds.Count} round(s) from the revealed secret; every snapshot hash, drawn order and remote centre is the same.");
            foreach (var round in record.Rounds)
            {
                output.WriteLine($"  round {round.Performed.Round}: supervisor value '{round.Performed.SupervisorValue}', snapshot {round.Performed.SnapshotHash}");
            }

            return 0;
        }

        output.WriteLine($"mismatch: draw {record.DrawId} does not re-run to its record.");
        foreach (var finding in verification.Findings)
        {
            output.WriteLine($"  {finding}");
        }

        return 1;
    }
}
