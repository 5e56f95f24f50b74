using System.Security.Claims;
using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Draw;
using RemoteEvaluation.Domain.Experts;
using RemoteEvaluation.Domain.Sites;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Coordination;

/// <summary>Answers of the coordinator API: rejections as problem documents whose title is the stable code.</summary>
internal static class CoordinationResults
{
    public static IResult Problem(Rejection rejection) =>
        Results.Problem(rejection.Message, statusCode: StatusOf(rejection.Code), title: rejection.Code);

    public static IResult Problem(string code, string message, int status) => Results.Problem(message, statusCode: status, title: code);

    public static IResult Invalid(string field, string why) =>
        Problem(CoordinationRejections.InvalidField, $"{field}: {why}", StatusCodes.Status400BadRequest);

    public static IResult Forbidden(string code, string message) => Problem(code, message, StatusCodes.Status403Forbidden);

    public static IResult Answer(CommandResult result) => result.Rejection is { } rejected ? Problem(rejected) : Results.NoContent();

    /// <summary>The context recorded in every event an HTTP call causes: who, in which role, from which centre.</summary>
    public static CommandContext Context(ClaimsPrincipal user) =>
        new($"http-{Guid.NewGuid():N}", user.Identity?.Name, user.FindFirstValue(ClaimTypes.Role), user.SiteOf());

    private static int StatusOf(string code) => code switch
    {
        ExpertRejections.NotRegistered or SiteRejections.NotRegistered or SiteRejections.UnknownBooking or DrawRejections.NotRequested => StatusCodes.Status404NotFound,
        SiteRejections.AlreadyRegistered or SiteRejections.RoomExists or SiteRejections.NoFreeSeats or SiteRejections.BookingExists or SiteRejections.BookingCancelled
            or ExpertRejections.IdentitySealed or ExpertRejections.Retired or ExpertRejections.DuplicateEntry
            or DrawRejections.AlreadyRequested or DrawRejections.NotShort or DrawRejections.NotDrawn or DrawRejections.InvitationClosed
            or DrawRejections.InvitationExpired or DrawRejections.AlreadyRevealed or DrawRejections.Revealed or GrainRejections.Contended => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
