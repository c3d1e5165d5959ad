using System.Security.Claims;

namespace Marketplace.SharedKernel.Security;

/// <summary>Who is asking, read the same way by every page and endpoint.</summary>
public static class UserClaims
{
    /// <summary>The name a person chose to be shown by (not the name on their deliveries).</summary>
    public const string DisplayNameClaim = "display_name";

    public static string? DisplayName(this ClaimsPrincipal user) =>
        user?.FindFirstValue(DisplayNameClaim) is { Length: > 0 } name ? name : null;

    /// <summary>The account's id, or <see cref="SharedKernel.UserId.None"/> for an anonymous caller.</summary>
    public static UserId UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? SharedKernel.UserId.From(id) : SharedKernel.UserId.None;

    public static string Email(this ClaimsPrincipal user) =>
        user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name ?? string.Empty;

    public static bool IsAdmin(this ClaimsPrincipal user) => user?.IsInRole(Roles.AllianceAdmin) == true;
}

/// <summary>Who calls an API endpoint that anyone may call, but that answers more to some.</summary>
public static class ApiCaller
{
    /// <summary>ASP.NET Core Identity's bearer scheme, by name (IdentityConstants.BearerScheme).</summary>
    public const string BearerScheme = "Identity.Bearer";

    /// <summary>The bearer token's person when one is sent and valid, else an anonymous caller.</summary>
    public static async Task<ClaimsPrincipal> ApiCallerAsync(this Microsoft.AspNetCore.Http.HttpContext http)
    {
        var result = await Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions.AuthenticateAsync(http, BearerScheme);
        return result.Succeeded ? result.Principal : new ClaimsPrincipal(new ClaimsIdentity());
    }
}
