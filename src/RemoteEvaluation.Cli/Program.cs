// re: the command-line tool of RemoteEvaluation.
//   re draw verify <file>           re-run a revealed draw from its exported record (exit 0 match, 1 mismatch, 2 unreadable)
//   re verify <zip> [--key pub.pem] check an evidence package offline, name the first problem (exit 0 intact, 1 problem, 2 unreadable)
//   re replay <zip>                 print a verified package's session timeline
//   (both take --max-entry-bytes, --max-total-bytes and --max-entries: how much of the zip is read, see EvidenceReadLimits)
using System.CommandLine;
using RemoteEvaluation.Cli;
using RemoteEvaluation.Evidence;

var file = new Argument<FileInfo>("file") { Description = "The exported draw record (JSON) with the revealed secret." };
var drawVerify = new Command("verify", "Re-run a revealed draw from its record and report match or mismatch.") { file };
drawVerify.SetAction(parsed => DrawVerifyCommand.Run(parsed.GetValue(file)!, Console.Out, Console.Error));
var draw = new Command("draw", "Expert draws (专家抽取).") { drawVerify };

var package = new Argument<FileInfo>("zip") { Description = "The evidence package (证据包) exported from GET /api/sessions/{id}/evidence." };
var key = new Option<FileInfo>("--key") { Description = "The host centre's public key (PEM, from GET /api/sites/{id}/evidence-key) the package must be signed with." };
var maxEntry = new Option<long>("--max-entry-bytes") { Description = "The largest zip entry read (default 256 MiB); a larger one is evidence.too_large.", DefaultValueFactory = _ => EvidenceReadLimits.Default.MaxEntryBytes };
var maxTotal = new Option<long>("--max-total-bytes") { Description = "The most bytes read from all entries (default 512 MiB); more is evidence.too_large.", DefaultValueFactory = _ => EvidenceReadLimits.Default.MaxTotalBytes };
var maxEntries = new Option<int>("--max-entries") { Description = "The most zip entries read (default 10,000); more is evidence.too_many_entries.", DefaultValueFactory = _ => EvidenceReadLimits.Default.MaxEntries };
maxEntry.Validators.Add(r => { if (r.GetValueOrDefault<long>() is var n && (n <= 0 || n > Array.MaxLength)) { r.AddError($"--max-entry-bytes is between 1 and {Array.MaxLength}."); } });
maxTotal.Validators.Add(r => { if (r.GetValueOrDefault<long>() <= 0) { r.AddError("--max-total-bytes is at least 1."); } });
maxEntries.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) { r.AddError("--max-entries is at least 1."); } });
EvidenceReadLimits LimitsOf(ParseResult parsed) => new() { MaxEntryBytes = parsed.GetValue(maxEntry), MaxTotalBytes = parsed.GetValue(maxTotal), MaxEntries = parsed.GetValue(maxEntries) };
var verify = new Command("verify", "Check an evidence package offline and name the first problem.") { package, key, maxEntry, maxTotal, maxEntries };
verify.SetAction(parsed => VerifyCommand.Run(parsed.GetValue(package)!, parsed.GetValue(key), Console.Out, Console.Error, LimitsOf(parsed)));
var replayPackage = new Argument<FileInfo>("zip") { Description = "The evidence package to replay." };
var replay = new Command("replay", "Print the session's timeline from an evidence package (回放).") { replayPackage, maxEntry, maxTotal, maxEntries };
replay.SetAction(parsed => ReplayCommand.Run(parsed.GetValue(replayPackage)!, Console.Out, Console.Error, LimitsOf(parsed)));

var root = new RootCommand("RemoteEvaluation command-line tool (远程异地评标).") { draw, verify, replay };
return root.Parse(args).Invoke();
