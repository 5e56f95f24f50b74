namespace RemoteEvaluation.Domain.Draw;

/// <summary>Why an expert of the pool is not a candidate for a slot: one stable code per rule.</summary>
public static class Exclusions
{
    public const string Specialty = "pool.specialty";
    public const string Inactive = "pool.inactive";
    public const string Suspended = "pool.suspended";
    public const string Unavailable = "pool.unavailable";
    public const string Age = "pool.age";
    public const string Qualification = "pool.qualification";
    public const string AlreadyDrawn = "pool.already_drawn";
    public const string SameEmployer = "avoid.same_employer";
    public const string DeclaredConflict = "avoid.declared_conflict";
    public const string DepartmentStaff = "avoid.department_staff";
    public const string MisconductPenalty = "avoid.misconduct_penalty";
    public const string SameCity = "avoid.same_city";
    public const string RecentService = "avoid.recent_service";
    public const string ScheduleClash = "avoid.schedule_clash";
}
