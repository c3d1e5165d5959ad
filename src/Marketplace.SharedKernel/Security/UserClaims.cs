using System.Security.Claims;

namespace Marketplace.SharedKernel.Security;

/// <summary>Who is asking, read the same way by every page and endpoint.</summary>
public static class UserClaims
{
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static string Email(this ClaimsPrincipal user) =>
        user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name ?? string.Empty;

    public static bool IsAdmin(this ClaimsPrincipal user) => user?.IsInRole(Roles.AllianceAdmin) == true;
}
