using Marketplace.Accounts;
using Marketplace.SharedKernel.Security;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Accounts;

internal static class AccountsSetup
{
    /// <summary>
    /// ASP.NET Core Identity: a cookie for people on pages, a bearer token for programs on
    /// /api/v1 (the API accepts only the token, so a browser's cookie can never be used against it
    /// from another site), and lockout after five failed sign-ins.
    /// </summary>
    public static IServiceCollection AddMarketplaceAccounts(this IServiceCollection services)
    {
        services
            .AddIdentity<MarketplaceUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        // The work of hashing a password (PBKDF2-HMAC-SHA512; Identity's default is 100,000
        // rounds). An operator raises it as machines get faster: a stored hash of fewer rounds is
        // hashed again at the next sign-in (which, as any change of password hash, signs that person
        // out on their other devices). The tests lower it: hashing the passwords of the people each
        // test signs up was a third of their CPU, and the rounds change nothing they check.
        services.AddOptions<PasswordHasherOptions>()
            .BindConfiguration("Identity:PasswordHasher")
            .Validate(o => o.IterationCount > 0, "Identity:PasswordHasher:IterationCount must be a positive number of rounds.")
            .ValidateOnStart();

        // A bearer token for an hour and no refresh token (a purchasing system signs in again).
        // Roles and revocation do not wait for it to expire: CurrentAccountClaims reads both from
        // the database on every request.
        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.AddScoped<IClaimsTransformation, CurrentAccountClaims>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ChallengeDisownedPrincipals>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/status/403";
            options.Cookie.Name = "htx.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Api, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser())
            .AddPolicy(AuthorizationPolicies.AdminApi, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireRole(Roles.AllianceAdmin))
            .AddPolicy(AuthorizationPolicies.AdminPages, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireRole(Roles.AllianceAdmin));

        services.AddAccountsValidators();
        return services;
    }
}
