using RemoteEvaluation.Domain;
using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Grains.EventSourcing;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>Rejections as RFC 7807 problem documents whose title is the stable code.</summary>
internal static class RejectionResults
{
    public static IResult Problem(Rejection rejection) =>
        Results.Problem(rejection.Message, statusCode: StatusOf(rejection.Code), title: rejection.Code);

    public static IResult Problem(string code, string message, int status) => Results.Problem(message, statusCode: status, title: code);

    private static int StatusOf(string code) => code switch
    {
        AccountRejections.NotFound => StatusCodes.Status404NotFound,
        AccountRejections.NotPermitted or AccountRejections.CannotDisableSelf or AccountRejections.CannotDemoteSelf => StatusCodes.Status403Forbidden,
        AccountRejections.AlreadyExists or AccountRejections.AlreadyDisabled or AccountRejections.AlreadyActive or GrainRejections.Contended => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
