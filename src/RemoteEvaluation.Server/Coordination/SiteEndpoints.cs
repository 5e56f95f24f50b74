using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Grains.Import;
using RemoteEvaluation.Grains.Persistence;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Grains.Sites;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>
/// The centre directory (交易中心目录) under <c>/api/sites</c>: coordinators register centres, rooms and links; any
/// staff reads the directory; a centre's calendar is read by its own staff and coordinators; the host books seats
/// and the remote centre's staff confirm the booking (副场确认).
/// </summary>
public static class SiteEndpoints
{
    public static RouteGroupBuilder MapSites(this RouteGroupBuilder api)
    {
        var sites = api.MapGroup("/sites");
        sites.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        sites.MapPost("/", RegisterAsync).RequireAuthorization(Policies.Coordinator);
        sites.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Coordinator);
        sites.MapGet("/{siteId}", ReadAsync).RequireAuthorization(Policies.Staff);
        sites.MapPost("/{siteId}/rooms", AddRoomAsync).RequireAuthorization(Policies.Coordinator);
        sites.MapPost("/{siteId}/links", LinkAsync).RequireAuthorization(Policies.Coordinator);
        sites.MapGet("/{siteId}/calendar", CalendarAsync).RequireAuthorization(Policies.Staff);
        sites.MapPost("/{siteId}/bookings", BookAsync).RequireAuthorization(Policies.DrawRequesters);
        sites.MapPost("/{siteId}/bookings/{bookingId}/confirm", ConfirmAsync).RequireAuthorization(Policies.CentreStaff);
        return api;
    }

    private static async Task<IResult> ListAsync(IEventStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        List<SiteView> list = [];
        string? after = null;
        while (true)
        {
            var heads = await store.ListStreamsAsync("site", after, 1000, cancellationToken);
            foreach (var head in heads)
            {
                var id = head.StreamId["site/".Length..];
                var site = await grains.GetGrain<ISiteGrain>(id).GetSnapshotAsync();
                if (site.State.IsRegistered)
                {
                    list.Add(SiteView.Of(id, site.State));
                }
            }

            if (heads.Count < 1000)
            {
                return Results.Ok(list);
            }

            after = heads[^1].StreamId;
        }
    }

    private static async Task<IResult> RegisterAsync(RegisterSiteRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request.SiteId))
        {
            return CoordinationResults.Invalid("siteId", "a centre needs an id.");
        }

        if (!RegionCode.TryParse(request.Region, out var region))
        {
            return CoordinationResults.Invalid("region", $"'{request.Region}' is not a six-digit GB/T 2260 code.");
        }

        if (!TryLevel(request.Level, out var level))
        {
            return CoordinationResults.Invalid("level", $"'{request.Level}' is not Province, City or County.");
        }

        var site = grains.GetGrain<ISiteGrain>(request.SiteId.Trim());
        var result = await site.ExecuteAsync(new RegisterSite(request.Name ?? string.Empty, region, level), CoordinationResults.Context(user));
        return result.Rejection is { } rejected
            ? CoordinationResults.Problem(rejected)
            : Results.Created($"/api/sites/{request.SiteId.Trim()}", SiteView.Of(request.SiteId.Trim(), (await site.GetSnapshotAsync()).State));
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ClaimsPrincipal user, SiteDirectoryImporter importer, CancellationToken cancellationToken)
    {
        List<SiteImportRow>? rows;
        try
        {
            rows = await JsonSerializer.DeserializeAsync<List<SiteImportRow>>(request.Body, SiteDirectoryImporter.Json, cancellationToken);
        }
        catch (JsonException e)
        {
            return CoordinationResults.Problem("import.malformed_file", $"The directory file is not a JSON array of centres: {e.Message}", StatusCodes.Status400BadRequest);
        }

        if (rows is null || rows.Any(r => r is null || string.IsNullOrWhiteSpace(r.Id)))
        {
            return CoordinationResults.Problem("import.malformed_file", "Every centre needs an id.", StatusCodes.Status400BadRequest);
        }

        return Results.Ok(await importer.ImportAsync(rows, user.Identity!.Name!, cancellationToken));
    }

    private static async Task<IResult> ReadAsync(string siteId, IGrainFactory grains)
    {
        var site = await grains.GetGrain<ISiteGrain>(siteId).GetSnapshotAsync();
        return site.State.IsRegistered ? Results.Ok(SiteView.Of(siteId, site.State)) : NotRegistered(siteId);
    }

    private static async Task<IResult> AddRoomAsync(string siteId, AddRoomRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        CoordinationResults.Answer(await grains.GetGrain<ISiteGrain>(siteId).ExecuteAsync(
            new AddRoom(request.RoomId ?? string.Empty, request.Name ?? string.Empty, request.Seats), CoordinationResults.Context(user)));

    private static async Task<IResult> LinkAsync(string siteId, LinkRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var other = request.OtherSiteId?.Trim();
        if (string.IsNullOrEmpty(other) || other == siteId)
        {
            return CoordinationResults.Invalid("otherSiteId", "a link needs another centre.");
        }

        foreach (var id in new[] { siteId, other })
        {
            if (!(await grains.GetGrain<ISiteGrain>(id).GetSnapshotAsync()).State.IsRegistered)
            {
                return NotRegistered(id);
            }
        }

        // A link approved by the coordinator is known to both centres; each side is recorded once.
        var context = CoordinationResults.Context(user);
        var here = await grains.GetGrain<ISiteGrain>(siteId).ExecuteAsync(new ApproveLink(other, user.Identity!.Name!), context with { CommandId = $"link:{siteId}:{other}" });
        if (here.Rejection is { } rejected)
        {
            return CoordinationResults.Problem(rejected);
        }

        return CoordinationResults.Answer(await grains.GetGrain<ISiteGrain>(other).ExecuteAsync(
            new ApproveLink(siteId, user.Identity!.Name!), context with { CommandId = $"link:{other}:{siteId}" }));
    }

    private static async Task<IResult> CalendarAsync(
        string siteId, DateTimeOffset? from, DateTimeOffset? to, ClaimsPrincipal user, IGrainFactory grains, IAuthorizationService authorization, TimeProvider time)
    {
        if (!user.IsInRole(RoleNames.Coordinator) && !(await authorization.AuthorizeAsync(user, Policies.SiteStaffOf(siteId))).Succeeded)
        {
            return CoordinationResults.Forbidden(CoordinationRejections.OtherCentre, "A centre's calendar is read by its own staff and the coordinators.");
        }

        var start = from ?? time.GetUtcNow();
        var end = to ?? start.AddDays(30);
        if (end <= start)
        {
            return CoordinationResults.Invalid("to", "the period must end after it starts.");
        }

        var site = (await grains.GetGrain<ISiteGrain>(siteId).GetSnapshotAsync()).State;
        if (!site.IsRegistered)
        {
            return NotRegistered(siteId);
        }

        var bookings = site.Bookings.Values.Where(b => b.From < end && start < b.To).OrderBy(b => b.From).ThenBy(b => b.BookingId, StringComparer.Ordinal).ToList();
        return Results.Ok(new SeatCalendarView(siteId, start, end, site.Capacity, site.FreeSeats(start, end), bookings));
    }

    private static async Task<IResult> BookAsync(string siteId, BookingRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (request.From is not { } from || request.To is not { } to)
        {
            return CoordinationResults.Invalid("from, to", "a booking needs its period.");
        }

        // Host staff book seats for sessions of their own centre only; coordinators for any.
        if (user.IsInRole(RoleNames.HostStaff) && user.SiteOf() != request.HostSiteId)
        {
            return CoordinationResults.Forbidden(CoordinationRejections.OtherCentre, "Host staff book seats for sessions their own centre hosts.");
        }

        var command = new BookSeats(request.BookingId ?? string.Empty, request.SessionId ?? string.Empty, request.HostSiteId ?? string.Empty, from, to, request.Seats);
        return CoordinationResults.Answer(await grains.GetGrain<ISiteGrain>(siteId).ExecuteAsync(command, CoordinationResults.Context(user)));
    }

    private static async Task<IResult> ConfirmAsync(string siteId, string bookingId, ClaimsPrincipal user, IGrainFactory grains, IAuthorizationService authorization)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.SiteStaffOf(siteId))).Succeeded)
        {
            return CoordinationResults.Forbidden(CoordinationRejections.OtherCentre, "Only the staff of the booked centre confirm its bookings.");
        }

        return CoordinationResults.Answer(await grains.GetGrain<ISiteGrain>(siteId).ExecuteAsync(new ConfirmBooking(bookingId, user.Identity!.Name!), CoordinationResults.Context(user)));
    }

    private static bool TryLevel(string? text, out SiteLevel level) =>
        Enum.TryParse(text, ignoreCase: true, out level) && level != SiteLevel.None && Enum.IsDefined(level) && !int.TryParse(text, out _);

    private static IResult NotRegistered(string siteId) =>
        CoordinationResults.Problem(new Domain.Rejection(SiteRejections.NotRegistered, $"There is no centre {siteId} in the directory."));
}
