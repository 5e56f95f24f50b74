using System.Security.Claims;

namespace RemoteEvaluation.Server.Authorization;

/// <summary>
/// The claims of every principal this service issues (声明). Staff tokens and cookies carry
/// <see cref="ClaimTypes.Name"/> (the username), <see cref="ClaimTypes.Role"/>, <see cref="Kind"/> = <c>staff</c>,
/// <see cref="DisplayName"/> and, for staff bound to a centre, <see cref="Site"/>. Expert tokens carry
/// <see cref="Kind"/> = <c>expert</c>, <see cref="ClaimTypes.Role"/> (<c>expert</c> or <c>tenderer_representative</c>),
/// <see cref="Session"/>, <see cref="Expert"/>, <see cref="Site"/> and <see cref="ExpiresAt"/>.
/// </summary>
public static class ReClaims
{
    /// <summary><c>staff</c> or <c>expert</c>: which kind of principal this is.</summary>
    public const string Kind = "re:kind";

    /// <summary>The centre (交易中心) the principal acts from.</summary>
    public const string Site = "re:site";

    /// <summary>The person's name as shown to others.</summary>
    public const string DisplayName = "re:display_name";

    /// <summary>Expert tokens: the one session the token is good for.</summary>
    public const string Session = "re:session";

    /// <summary>Expert tokens: the committee member (person id) the token was issued to.</summary>
    public const string Expert = "re:expert";

    /// <summary>Expert tokens: when the token stops working (ISO 8601, UTC).</summary>
    public const string ExpiresAt = "re:expires_at";

    public const string StaffKind = "staff";
    public const string ExpertKind = "expert";

    public static string? KindOf(this ClaimsPrincipal user) => user.FindFirstValue(Kind);

    public static bool IsStaff(this ClaimsPrincipal user) => user.KindOf() == StaffKind;

    public static bool IsExpert(this ClaimsPrincipal user) => user.KindOf() == ExpertKind;

    public static string? SiteOf(this ClaimsPrincipal user) => user.FindFirstValue(Site);
}
