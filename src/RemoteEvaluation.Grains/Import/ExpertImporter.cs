using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Runtime;

namespace RemoteEvaluation.Grains.Import;

/// <summary>
/// Imports experts from CSV or JSON (专家批量导入) through the expert grains, one registration per row: a row is
/// recorded whole (one append) or not at all, and its command id is derived from its content so that importing
/// the same file again records nothing.
/// </summary>
public sealed class ExpertImporter(IGrainFactory grains)
{
    /// <summary>The CSV header, in this order.</summary>
    public const string CsvHeader = "id,name,id_number,birth_date,phone,region,qualification,specialties,employment,conflicts";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<ImportReport> ImportCsvAsync(TextReader csv, string actorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var records = CsvReader.Read(csv).ToList();
        if (records.Count == 0 || string.Join(',', records[0].Fields.Select(f => f.Trim())) != CsvHeader)
        {
            return new ImportReport([new ImportRowResult(1, null, ImportOutcome.Rejected, [$"import.bad_header: the first line must be {CsvHeader}"])]);
        }

        var rows = records.Skip(1).Select(r => (r.Line, FromCsv(r.Fields)));
        return await ImportAsync(rows, actorId, cancellationToken);
    }

    public async Task<ImportReport> ImportJsonAsync(Stream json, string actorId, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return new ImportReport([new ImportRowResult(0, null, ImportOutcome.Rejected, [$"import.malformed_file: {e.Message}"])]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return new ImportReport([new ImportRowResult(0, null, ImportOutcome.Rejected, ["import.malformed_file: the file must hold a JSON array of experts"])]);
            }

            var rows = document.RootElement.EnumerateArray().Select((element, i) => (i + 1, FromJson(element))).ToList();
            return await ImportAsync(rows, actorId, cancellationToken);
        }
    }

    /// <summary>Imports rows already read; a null row stands for one that could not be read at all.</summary>
    public async Task<ImportReport> ImportAsync(IEnumerable<(int Row, ExpertImportRow? Data)> rows, string actorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<ImportRowResult> results = [];
        foreach (var (row, data) in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (data is null)
            {
                results.Add(new ImportRowResult(row, null, ImportOutcome.Rejected, ["import.malformed_row: the row could not be read"]));
                continue;
            }

            var (id, command, reasons) = ExpertRowMapper.Map(data);
            if (command is null)
            {
                results.Add(new ImportRowResult(row, id, ImportOutcome.Rejected, reasons));
                continue;
            }

            var expert = grains.GetGrain<IExpertGrain>(id!);
            var before = (await expert.GetSnapshotAsync()).Version;
            var result = await expert.ExecuteAsync(command, new CommandContext(CommandId(id!, data), actorId, "coordinator"));
            results.Add(result switch
            {
                { Rejection: { } rejection } => new ImportRowResult(row, id, ImportOutcome.Rejected, [$"{rejection.Code}: {rejection.Message}"]),
                { Duplicate: true } => new ImportRowResult(row, id, ImportOutcome.Unchanged, []),
                _ when result.Version == before => new ImportRowResult(row, id, ImportOutcome.Unchanged, []),
                _ => new ImportRowResult(row, id, ImportOutcome.Imported, []),
            });
        }

        return new ImportReport(results);
    }

    private static string CommandId(string id, ExpertImportRow row)
    {
        var content = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(row, Json)));
        return $"import:{id}:{Convert.ToHexStringLower(content)[..24]}";
    }

    private static ExpertImportRow? FromJson(JsonElement element)
    {
        try
        {
            return element.ValueKind == JsonValueKind.Object ? element.Deserialize<ExpertImportRow>(Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ExpertImportRow? FromCsv(IReadOnlyList<string> f)
    {
        if (f.Count != 10)
        {
            return null;
        }

        static string[] List(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        static string? At(string[] parts, int i) => i < parts.Length && parts[i].Length > 0 ? parts[i] : null;
        return new ExpertImportRow
        {
            Id = f[0],
            Name = f[1],
            IdNumber = f[2],
            BirthDate = f[3],
            Phone = f[4],
            Region = f[5],
            Qualification = f[6],
            Specialties = List(f[7]),
            Employment = [.. List(f[8]).Select(j => j.Split('|')).Select(p => new ImportJob(At(p, 0), At(p, 1), At(p, 2), At(p, 3)))],
            Conflicts = [.. List(f[9]).Select(c => c.Split('|')).Select(p => new ImportConflict(At(p, 0), At(p, 1), At(p, 2)))],
        };
    }
}
