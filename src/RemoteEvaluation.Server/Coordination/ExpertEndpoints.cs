using System.Security.Claims;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Grains.Experts;
using RemoteEvaluation.Grains.Import;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>
/// The expert pool (专家库) under <c>/api/experts</c>: coordinators maintain it; supervisors and auditors read it
/// without the sealed identity (name, ID number, birth date, phone), which only the coordinators who keep the pool see.
/// Centre staff never read the pool: host staff must not learn who may sit on their committees (四不知).
/// </summary>
public static class ExpertEndpoints
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapExperts(this RouteGroupBuilder api)
    {
        var experts = api.MapGroup("/experts");
        experts.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Coordinator);
        experts.MapGet("/", ListAsync).RequireAuthorization(Policies.PoolReaders);
        experts.MapGet("/{expertId}", ReadAsync).RequireAuthorization(Policies.PoolReaders);
        experts.MapPost("/{expertId}/status", ChangeStatusAsync).RequireAuthorization(Policies.Coordinator);
        experts.MapPost("/{expertId}/penalties", ImposePenaltyAsync).RequireAuthorization(Policies.Coordinator);
        experts.MapPost("/{expertId}/conflicts", DeclareConflictAsync).RequireAuthorization(Policies.Coordinator);
        return api;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ClaimsPrincipal user, ExpertImporter importer, CancellationToken cancellationToken)
    {
        var actor = user.Identity!.Name!;
        var type = request.ContentType ?? string.Empty;
        if (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            // The CSV reader is synchronous and Kestrel forbids synchronous reads of the body: read it whole first.
            using var body = new StreamReader(request.Body);
            using var csv = new StringReader(await body.ReadToEndAsync(cancellationToken));
            return Results.Ok(await importer.ImportCsvAsync(csv, actor, cancellationToken));
        }

        if (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Ok(await importer.ImportJsonAsync(request.Body, actor, cancellationToken));
        }

        return CoordinationResults.Problem(
            CoordinationRejections.UnsupportedMediaType, $"Send the experts as text/csv ({ExpertImporter.CsvHeader}) or application/json.", StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, ExpertPoolProjection pool, string? q, string? specialty, string? region, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1 || size < 1 || size > MaxPageSize)
        {
            return CoordinationResults.Problem(CoordinationRejections.InvalidPaging, $"page must be 1 or more and pageSize 1 to {MaxPageSize}.", StatusCodes.Status400BadRequest);
        }

        ExpertStatus? wanted = null;
        if (status is not null)
        {
            if (!TryStatus(status, out var parsed))
            {
                return CoordinationResults.Invalid("status", $"'{status}' is not Active, Suspended or Retired.");
            }

            wanted = parsed;
        }

        if (specialty is not null && !SpecialtyCode.IsValid(specialty))
        {
            return CoordinationResults.Invalid("specialty", $"'{specialty}' is not a specialty code (C05 or C0501).");
        }

        var coordinator = user.IsInRole(RoleNames.Coordinator);
        var matching = (await pool.RecordsAsync(cancellationToken)).Where(e =>
            (wanted is null || e.Value.Status == wanted)
            && (specialty is null || e.Value.Specialties.Any(held => SpecialtyCode.Satisfies(held, specialty)))
            && (region is null || (e.Value.Region.Value?.StartsWith(region, StringComparison.Ordinal) ?? false))
            && (q is null || Matches(e.Key, e.Value, q, coordinator))).ToList();
        var items = matching.Skip((number - 1) * size).Take(size)
            .Select(e => new ExpertListItem(e.Key, e.Value.Status.ToString(), e.Value.Region.Value, e.Value.Specialties, e.Value.Qualification.ToString(), coordinator ? e.Value.Name : null))
            .ToList();
        return Results.Ok(new ExpertPage(matching.Count, number, size, items));
    }

    private static async Task<IResult> ReadAsync(string expertId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var expert = await grains.GetGrain<IExpertGrain>(expertId).GetSnapshotAsync();
        return expert.State.IsRegistered
            ? Results.Ok(ExpertView.Of(expertId, expert.State, user.IsInRole(RoleNames.Coordinator)))
            : NotRegistered(expertId);
    }

    private static async Task<IResult> ChangeStatusAsync(string expertId, ChangeStatusRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!TryStatus(request.Status, out var status))
        {
            return CoordinationResults.Invalid("status", $"'{request.Status}' is not Active, Suspended or Retired.");
        }

        return await ExecuteAsync(grains, expertId, new ChangeStatus(status, request.Reason ?? string.Empty), user);
    }

    private static async Task<IResult> ImposePenaltyAsync(string expertId, PenaltyRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Enum.TryParse<PenaltyKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(request.Kind, out _))
        {
            return CoordinationResults.Invalid("kind", $"'{request.Kind}' is not Warning, Suspension or Disqualification.");
        }

        if (request.Imposed is not { } imposed || string.IsNullOrWhiteSpace(request.PenaltyId))
        {
            return CoordinationResults.Invalid("penaltyId, imposed", "a penalty needs its id and the day it was imposed.");
        }

        var penalty = new Penalty(request.PenaltyId.Trim(), kind, request.TenderingMisconduct, request.Reason ?? string.Empty, imposed, request.Until);
        return await ExecuteAsync(grains, expertId, new ImposePenalty(penalty), user);
    }

    private static async Task<IResult> DeclareConflictAsync(string expertId, ConflictRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time)
    {
        var declaredOn = request.DeclaredOn ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var conflict = new DeclaredConflict(request.CounterpartyId ?? string.Empty, request.Reason ?? string.Empty, declaredOn);
        return await ExecuteAsync(grains, expertId, new DeclareConflict(conflict), user);
    }

    private static async Task<IResult> ExecuteAsync(IGrainFactory grains, string expertId, ExpertCommand command, ClaimsPrincipal user) =>
        CoordinationResults.Answer(await grains.GetGrain<IExpertGrain>(expertId).ExecuteAsync(command, CoordinationResults.Context(user)));

    private static bool Matches(string id, ExpertState expert, string q, bool coordinator) =>
        id.Contains(q, StringComparison.OrdinalIgnoreCase) || (coordinator && expert.Name.Contains(q, StringComparison.Ordinal));

    private static bool TryStatus(string? text, out ExpertStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && status != ExpertStatus.None && Enum.IsDefined(status) && !int.TryParse(text, out _);

    private static IResult NotRegistered(string expertId) =>
        CoordinationResults.Problem(new Domain.Rejection(ExpertRejections.NotRegistered, $"There is no expert {expertId} in the pool."));
}
