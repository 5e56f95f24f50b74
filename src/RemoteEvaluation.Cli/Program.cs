// re: the command-line tool of RemoteEvaluation.
//   re draw verify <file>   re-run a revealed draw from its exported record (exit 0 match, 1 mismatch, 2 unreadable)
using System.CommandLine;
using RemoteEvaluation.Cli;

var file = new Argument<FileInfo>("file") { Description = "The exported draw record (JSON) with the revealed secret." };
var verify = new Command("verify", "Re-run a revealed draw from its record and report match or mismatch.") { file };
verify.SetAction(parsed => DrawVerifyCommand.Run(parsed.GetValue(file)!, Console.Out, Console.Error));
var draw = new Command("draw", "Expert draws (专家抽取).") { verify };
var root = new RootCommand("RemoteEvaluation command-line tool (远程异地评标).") { draw };
return root.Parse(args).Invoke();
