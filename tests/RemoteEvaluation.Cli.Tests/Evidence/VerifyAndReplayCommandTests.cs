using RemoteEvaluation.Evidence;

namespace RemoteEvaluation.Cli.Tests.Evidence;

/// <summary><c>re verify</c> and <c>re replay</c> on an exported package: exit codes and what the terminal shows.</summary>
public sealed class VerifyAndReplayCommandTests(GoldenPackage golden) : IClassFixture<GoldenPackage>
{
    [Fact]
    public void verify_of_an_intact_package_with_its_pinned_key_exits_0_and_reports_the_final_hash()
    {
        var key = golden.Write(System.Text.Encoding.ASCII.GetBytes(golden.Key.PublicKeyPem), "hz.pem");

        var (code, output) = Run(w => VerifyCommand.Run(new FileInfo(golden.Write(golden.Package)), new FileInfo(key), w, w));

        Assert.Equal(0, code);
        Assert.StartsWith("ok: session golden (ZJ-2026-077", output, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(golden.SessionEvents[^1].Hash.Span), output, StringComparison.Ordinal);
        Assert.Contains("(pinned)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void verify_of_a_tampered_package_exits_1_and_prints_the_code_and_the_version()
    {
        var tampered = Tampering.WithEventLines(golden.Package, lines =>
        {
            lines.RemoveAt(6);
            return lines;
        });

        var (code, output) = Run(w => VerifyCommand.Run(new FileInfo(golden.Write(tampered, "tampered.zip")), null, w, w));

        Assert.Equal(1, code);
        Assert.StartsWith($"FAIL {EvidenceProblems.EventMissing} in events.jsonl at line 7 (version 7)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void verify_of_a_file_that_is_not_a_zip_exits_1_naming_it_unreadable()
    {
        var (code, output) = Run(w => VerifyCommand.Run(new FileInfo(golden.Write("not a zip"u8.ToArray(), "text.zip")), null, w, w));

        Assert.Equal(1, code);
        Assert.StartsWith($"FAIL {EvidenceProblems.Unreadable}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void verify_of_a_package_over_the_read_limits_exits_1_naming_it_too_large()
    {
        var limits = new EvidenceReadLimits { MaxEntryBytes = 1024 };

        var (code, output) = Run(w => VerifyCommand.Run(new FileInfo(golden.Write(golden.Package, "limited.zip")), null, w, w, limits));

        Assert.Equal(1, code);
        Assert.StartsWith($"FAIL {EvidenceProblems.TooLarge}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void verify_with_a_key_file_that_holds_no_public_key_exits_2()
    {
        var key = golden.Write("hello"u8.ToArray(), "not-a-key.pem");

        Assert.Equal(2, Run(w => VerifyCommand.Run(new FileInfo(golden.Write(golden.Package)), new FileInfo(key), w, w)).Code);
    }

    [Fact]
    public void replay_prints_one_line_per_event_with_who_and_where_and_the_phase_changes_in_chinese_and_english()
    {
        var (code, output) = Run(w => ReplayCommand.Run(new FileInfo(golden.Write(golden.Package)), w, w));

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(golden.SessionEvents.Count + 1, lines.Length);
        Assert.Contains("v1 ", lines[1], StringComparison.Ordinal);
        Assert.Contains("scheduled ZJ-2026-077", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("⇒ 已安排 Scheduled", lines[1], StringComparison.Ordinal);
        Assert.Single(lines, l => l.EndsWith("⇒ 开评 Opening", StringComparison.Ordinal) && l.Contains("session opened", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("x7 C/tech 12 → 26", StringComparison.Ordinal));
        Assert.EndsWith("⇒ 归档 Archived", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void replay_refuses_a_tampered_package_with_exit_1()
    {
        var tampered = Tampering.WithEventLines(golden.Package, lines => [.. lines.AsEnumerable().Reverse()]);

        var (code, output) = Run(w => ReplayCommand.Run(new FileInfo(golden.Write(tampered, "reversed.zip")), w, w));

        Assert.Equal(1, code);
        Assert.StartsWith($"FAIL {EvidenceProblems.EventsReordered}", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Run(Func<TextWriter, int> command)
    {
        using var output = new StringWriter();
        var code = command(output);
        return (code, output.ToString());
    }
}
