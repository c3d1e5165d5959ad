using System.Security.Claims;
using Marketplace.Accounts;
using Marketplace.SharedKernel.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Accounts;

/// <summary>
/// A person's roles and display name as the database says now, not as they were when the cookie
/// or bearer token was made: a buyer verified after signing in sees volume prices on the next
/// request, with the same token. A cookie or token made before the account's security stamp
/// changed (a password reset), or that carries none, is no longer anyone's. Runs on every successful authentication,
/// by any scheme (ASP.NET's IClaimsTransformation): one small query per signed-in request.
/// </summary>
internal sealed class CurrentAccountClaims(AccountsDbContext db, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    private const string Refreshed = "htx.claims_refreshed";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } signedIn || principal.HasClaim(c => c.Type == Refreshed))
        {
            return principal;
        }

        var id = principal.UserId().Value;
        // One round trip: the stamp, the name and the roles (a left join).
        var account = id == Guid.Empty ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.SecurityStamp,
                u.DisplayName,
                Roles = db.UserRoles.Where(link => link.UserId == u.Id).Join(db.Roles, link => link.RoleId, role => role.Id, (_, role) => role.Name!).ToList(),
            })
            .SingleOrDefaultAsync();
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (account is null || stamp != account.SecurityStamp)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var current = new ClaimsIdentity(
            signedIn.Claims.Where(c => c.Type != signedIn.RoleClaimType && c.Type != UserClaims.DisplayNameClaim),
            signedIn.AuthenticationType, signedIn.NameClaimType, signedIn.RoleClaimType);
        current.AddClaims(account.Roles.Select(role => new Claim(signedIn.RoleClaimType, role)));
        current.AddClaim(new Claim(UserClaims.DisplayNameClaim, account.DisplayName));
        current.AddClaim(new Claim(Refreshed, "1"));
        return new ClaimsPrincipal(current);
    }
}
