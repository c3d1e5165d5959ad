using Bogus;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Accounts;

/// <summary>
/// The demo admin, whose password the README gives for the embedded default only, a few
/// Bogus-generated shoppers (fixed seed: the same people every time), and the demo
/// cooperatives' owners.
/// </summary>
public sealed class AccountsDemoSeeder(UserManager<MarketplaceUser> users, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    public const string AdminEmail = "admin@htx-marketplace.vn";
    public const string AdminPassword = "Admin#Demo2025";
    public const string ShopperPassword = "Shopper#Demo2025";
    public const string OwnerPassword = "Owner#Demo2025";
    public const string BuyerEmail = "muasi@example.vn";
    public const string BuyerPassword = "Buyer#Demo2025";
    public const string SupportPassword = "Support#Demo2025";

    /// <summary>After the cooperatives (10), whose applicants become their owners' accounts.</summary>
    public int Order => 15;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        await CreateAsync(AdminEmail, "Quản trị Liên minh HTX", AdminPassword, Roles.AllianceAdmin);
        await CreateAsync(DemoPeople.SupportEmail, DemoPeople.SupportName, SupportPassword, Roles.Shopper);
        var faker = new Faker("vi") { Random = new Randomizer(2025) };
        for (var i = 1; i <= 5; i++)
        {
            var name = faker.Name.FullName();
            await CreateAsync($"shopper{i}@example.vn", name, ShopperPassword, Roles.Shopper);
        }

        // The demo business buyer: Ordering's demo registers and verifies the company (which makes them a BulkBuyer).
        await CreateAsync(BuyerEmail, "Đặng Thu Trang", BuyerPassword, Roles.Shopper);

        // Each demo cooperative's applicant, so that its people can sign in and run its storefront.
        foreach (var cooperative in await sender.Send(new ListApplicationsQuery(null), cancellationToken))
        {
            var application = await sender.Send(new GetApplicationQuery(cooperative.CooperativeId, UserId.None, RequesterIsAdmin: true), cancellationToken);
            var role = cooperative.Status == CooperativeStatus.Approved ? Roles.VendorOwner : Roles.Shopper;
            await CreateAsync(application.Value.OwnerEmail, application.Value.ContactPerson, OwnerPassword, role);
        }
    }

    private async Task CreateAsync(string email, string name, string password, string role)
    {
        var user = new MarketplaceUser
        {
            Id = DemoPeople.IdOf(email).Value,
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
