namespace RemoteEvaluation.Domain.Accounts;

/// <summary>The stable rejection codes of account commands (拒绝代码): shared by the API, the UI and the tests; never renamed.</summary>
public static class AccountRejections
{
    public const string NotFound = "account.not_found";
    public const string AlreadyExists = "account.already_exists";
    public const string UsernameInvalid = "account.username_invalid";
    public const string DisplayNameRequired = "account.display_name_required";
    public const string SiteRequired = "account.site_required";
    public const string PasswordHashRequired = "account.password_hash_required";
    public const string NotPermitted = "account.not_permitted";
    public const string CurrentPasswordWrong = "account.current_password_wrong";
    public const string AlreadyDisabled = "account.already_disabled";
    public const string AlreadyActive = "account.already_active";
    public const string CannotDisableSelf = "account.cannot_disable_self";
    public const string CannotDemoteSelf = "account.cannot_demote_self";
    public const string ReasonRequired = "account.reason_required";
}
