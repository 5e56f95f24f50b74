namespace RemoteEvaluation.Domain.Attendance;

/// <summary>Stable rejection codes of check-in and absence (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class CheckInRejections
{
    public const string WrongSite = "checkin.wrong_site";
    public const string UnknownMember = "checkin.unknown_member";
    public const string AlreadyCheckedIn = "checkin.already_checked_in";
    public const string MemberReplaced = "checkin.member_replaced";
    public const string NotYetStarted = "checkin.not_yet_started";
    public const string MembersPending = "checkin.members_pending";
}
