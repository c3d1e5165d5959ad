using Bogus;
using Marketplace.SharedKernel.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Accounts;

/// <summary>
/// The demo admin, whose password the README gives for the embedded default only, and a few
/// Bogus-generated shoppers (fixed seed: the same people every time).
/// </summary>
public sealed class AccountsDemoSeeder(UserManager<MarketplaceUser> users, TimeProvider clock) : IDemoDataSeeder
{
    public const string AdminEmail = "admin@htx-marketplace.vn";
    public const string AdminPassword = "Admin#Demo2025";
    public const string ShopperPassword = "Shopper#Demo2025";

    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        await CreateAsync(AdminEmail, "Quản trị Liên minh HTX", AdminPassword, Roles.AllianceAdmin);
        var faker = new Faker("vi") { Random = new Randomizer(2025) };
        for (var i = 1; i <= 5; i++)
        {
            var name = faker.Name.FullName();
            await CreateAsync($"shopper{i}@example.vn", name, ShopperPassword, Roles.Shopper);
        }
    }

    private async Task CreateAsync(string email, string name, string password, string role)
    {
        var user = new MarketplaceUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Code))}");
        }

        await users.AddToRoleAsync(user, role);
    }
}
