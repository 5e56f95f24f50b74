using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Documents;
using RemoteEvaluation.Domain.Sessions;
using RemoteEvaluation.Grains.EventSourcing;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Documents;

/// <summary>Refusals of the document endpoints as problem documents whose title is the stable code.</summary>
internal static class DocumentResults
{
    public static IResult Problem(Rejection rejection) => Problem(rejection.Code, rejection.Message, StatusOf(rejection.Code));

    public static IResult Problem(string code, string message, int status) => Results.Problem(message, statusCode: status, title: code);

    private static int StatusOf(string code) => code switch
    {
        AccessRejections.Unauthenticated => StatusCodes.Status401Unauthorized,
        _ when code.StartsWith("auth.", StringComparison.Ordinal) => StatusCodes.Status403Forbidden,
        SessionRejections.WrongRole or SessionRejections.WrongSite => StatusCodes.Status403Forbidden,
        DocumentRejections.NotRegistered or SessionRejections.NotScheduled => StatusCodes.Status404NotFound,
        DocumentRejections.TooLarge => StatusCodes.Status413PayloadTooLarge,
        DocumentRejections.IdTaken or SessionRejections.WrongPhase or SessionRejections.Suspended or GrainRejections.Contended => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
