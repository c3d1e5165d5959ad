using Marketplace.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts;

/// <summary>Makes sure every role exists; runs on every start, on every database.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole<Guid>> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole<Guid>(role));
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Role {role}: {string.Join("; ", created.Errors.Select(e => e.Code))}");
                }
            }
        }
    }
}
