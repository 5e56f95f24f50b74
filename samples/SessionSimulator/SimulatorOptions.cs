using System.Globalization;

namespace RemoteEvaluation.SessionSimulator;

/// <summary>How scoring is paced: spread over the duration with random thinking time, or back to back.</summary>
public enum Pace
{
    Realistic,
    Flat,
}

/// <summary>What a run does.</summary>
public enum SimulatorMode
{
    /// <summary>N whole sessions × M experts (and the relay baseline first, with <c>--relay</c>).</summary>
    Sessions,

    /// <summary>Idle connections, then active sessions, with the node's memory read between (needs <c>Diagnostics:Memory</c>).</summary>
    Memory,

    /// <summary>Sessions held in scoring while the score rate steps up until the p99 passes the limit.</summary>
    Ramp,
}

/// <summary>The simulator's command line (模拟器参数); see <see cref="Usage"/>.</summary>
public sealed record SimulatorOptions
{
    public const string Usage = """
        SessionSimulator [options]
          --url URL              the node experts and centre staff use (default http://127.0.0.1:5080)
          --host-url URL         the node host connections use (cross-node delivery); default --url
          --mode sessions|memory|ramp   (default sessions)
          --sessions N           concurrent sessions (default 2)
          --experts M            experts per session, odd and at least 5 as the committee rules need (default 5)
          --centres K            centres the experts sit at, 1-3 demo centres (default 3)
          --bids B               bids per session (default 3); each expert scores B x 2 sheets
          --pace realistic|flat  realistic: sheets spread over --duration with random pauses; flat: back to back
          --duration SECONDS     the scoring window with realistic pacing; the step length of a ramp (default 60)
          --relay                also run the bare relay hub (/hubs/relay) under the same load, first, in this run: each
                                 message to every connection of the session, then to the host only (the older baseline)
          --connections C        memory mode: idle connections to open before the sessions (default 1000)
          --ramp-start R --ramp-step R --ramp-limit-ms MS   ramp mode: score sheets per second (default 20, 20, 100)
          --password P           the demo staff password (default Demo@2026)
          --setup-concurrency S  sessions set up at once (default 8)
          --prefix P             session id prefix (default sim-<time>)
          --json FILE            also write the results as JSON
        The server needs Diagnostics:SimulatorSeating=true (not in Production), and Diagnostics:RelayHub / Diagnostics:Memory for
        those modes; raise Auth:LoginPermitLimit for many sessions (every expert redeems a check-in code).
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:5080");

    public Uri? HostUrl { get; init; }

    public SimulatorMode Mode { get; init; } = SimulatorMode.Sessions;

    public int Sessions { get; init; } = 2;

    public int Experts { get; init; } = 5;

    public int Centres { get; init; } = 3;

    public int Bids { get; init; } = 3;

    public Pace Pace { get; init; } = Pace.Flat;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public bool Relay { get; init; }

    public int Connections { get; init; } = 1000;

    public double RampStart { get; init; } = 20;

    public double RampStep { get; init; } = 20;

    public double RampLimitMilliseconds { get; init; } = 100;

    public string Password { get; init; } = "Demo@2026";

    public int SetupConcurrency { get; init; } = 8;

    public string Prefix { get; init; } = $"sim-{DateTime.UtcNow:HHmmss}";

    public string? JsonOutput { get; init; }

    public static SimulatorOptions Parse(string[] args)
    {
        var o = new SimulatorOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            double Real() => double.Parse(Next(), CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--url" => o with { Url = new Uri(Next()) },
                "--host-url" => o with { HostUrl = new Uri(Next()) },
                "--mode" => o with { Mode = Enum.Parse<SimulatorMode>(Next(), ignoreCase: true) },
                "--sessions" => o with { Sessions = Int() },
                "--experts" => o with { Experts = Int() },
                "--centres" => o with { Centres = Int() },
                "--bids" => o with { Bids = Int() },
                "--pace" => o with { Pace = Enum.Parse<Pace>(Next(), ignoreCase: true) },
                "--duration" => o with { Duration = TimeSpan.FromSeconds(Real()) },
                "--relay" => o with { Relay = true },
                "--connections" => o with { Connections = Int() },
                "--ramp-start" => o with { RampStart = Real() },
                "--ramp-step" => o with { RampStep = Real() },
                "--ramp-limit-ms" => o with { RampLimitMilliseconds = Real() },
                "--password" => o with { Password = Next() },
                "--setup-concurrency" => o with { SetupConcurrency = Int() },
                "--prefix" => o with { Prefix = Next() },
                "--json" => o with { JsonOutput = Next() },
                "--help" or "-h" => throw new ArgumentException("SessionSimulator: whole evaluation sessions through RemoteEvaluation.Client."),
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return o.Validated();
    }

    public SimulatorOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Sessions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Experts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Bids, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(SetupConcurrency, 1);
        if (Experts < 5 || Experts % 2 == 0)
        {
            throw new ArgumentException("--experts is odd and at least 5: the committee rules (committee.too_small, committee.even_size) refuse anything else.");
        }

        if (Centres is < 1 or > 3)
        {
            throw new ArgumentException("--centres is 1 to 3: the demo province has staff accounts at three centres.");
        }

        return this;
    }

    public Uri HubUrl(bool host, string path) => new(host ? HostUrl ?? Url : Url, path);
}
