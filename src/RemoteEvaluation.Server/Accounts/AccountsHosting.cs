using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RemoteEvaluation.Domain.Accounts;
using RemoteEvaluation.Domain.CheckInCodes;
using RemoteEvaluation.Server.Authorization;

namespace RemoteEvaluation.Server.Accounts;

/// <summary>Accounts, sign-in and authorization: services, middleware and endpoints.</summary>
public static class AccountsHosting
{
    /// <summary>Call after <c>AddEventStorage</c>: the demo seeding runs after the schema is applied.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var auth = builder.Configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection("Auth"))
            .Validate(o => o.CheckInCodeHashIterations >= 1_000, "Auth:CheckInCodeHashIterations must be at least 1000.")
            .ValidateOnStart();
        services.Configure<DemoOptions>(builder.Configuration.GetSection("Demo"));

        // Tokens and cookies are data-protected: every node must share the key ring (docs/operations.md).
        services.AddKeyRing(builder.Configuration, builder.Environment);

        services.AddAuthentication(AuthSchemes.BearerOrCookie)
            .AddPolicyScheme(AuthSchemes.BearerOrCookie, "Bearer token or cookie", o => o.ForwardDefaultSelector = AuthSchemes.Select)
            .AddBearerToken(AuthSchemes.Bearer, o =>
            {
                o.BearerTokenExpiration = auth.TokenLifetime;
                o.Events = new BearerTokenEvents
                {
                    OnMessageReceived = context =>
                    {
                        context.Token ??= AuthSchemes.QueryToken(context.Request);
                        return Task.CompletedTask;
                    },
                };
            })
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.Cookie.Name = "re.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = auth.TokenLifetime;
                o.SlidingExpiration = true;

                // An API answers 401/403; it never redirects to a login page.
                o.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization(Policies.Define);
        services.AddSingleton<IAuthorizationHandler, ActiveAccountHandler>();
        services.AddSingleton<IAuthorizationHandler, SiteStaffHandler>();
        services.AddSingleton<IAccessRules, AccessRules>();
        services.AddSingleton<AccountConnections>();
        services.Configure<HubOptions>(hubs => hubs.AddFilter<AccountConnections>());
        services.AddHostedService<RevokedAccountWatch>();
        services.AddRateLimiter(o => RateLimits.Define(o, auth));
        services.AddProblemDetails();

        services.AddSingleton<IPasswordHasher<AccountState>, PasswordHasher<AccountState>>();
        services.AddSingleton<IPasswordHasher<CheckInCodeState>>(sp => new PasswordHasher<CheckInCodeState>(
            Options.Create(new PasswordHasherOptions { IterationCount = sp.GetRequiredService<IOptions<AuthOptions>>().Value.CheckInCodeHashIterations })));
        services.AddSingleton<Passwords>();
        services.AddSingleton<AccountDirectory>();
        services.AddSingleton<ExpertAccess>();
        services.AddSingleton<CheckInCodeDesk>();
        services.AddHostedService<DemoAccounts>();
        return builder;
    }

    /// <summary>Authentication, authorization and the sign-in rate limit, in that order.</summary>
    public static WebApplication UseAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary><c>/api/auth/…</c>, <c>/api/accounts/…</c> and the check-in code endpoints.</summary>
    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapGroup("/api").MapAuth().MapAccountAdministration().MapCheckInCodes();
        return app;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
