using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Marketplace.Web.Accounts;

/// <summary>
/// A cookie or token that was valid when made but whose account has since disowned it (a
/// password reset changed the security stamp: see <see cref="CurrentAccountClaims"/>) reads as
/// nobody. Such a caller must sign in again: a 401 (or the sign-in page), not the 403 that
/// ASP.NET gives a request whose scheme said "authenticated".
/// </summary>
internal sealed class ChallengeDisownedPrincipals : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        _default.HandleAsync(
            next,
            context,
            policy,
            authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true ? PolicyAuthorizationResult.Challenge() : authorizeResult);
}
