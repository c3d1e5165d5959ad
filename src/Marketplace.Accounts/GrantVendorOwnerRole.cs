using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts;

/// <summary>
/// The person who applied for an approved cooperative gets the VendorOwner role. Adding a role
/// the user already has is skipped, so a second delivery changes nothing.
/// </summary>
internal sealed class GrantVendorOwnerRoleHandler(UserManager<MarketplaceUser> users) : INotificationHandler<VendorApprovedIntegrationEvent>
{
    public async ValueTask Handle(VendorApprovedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var owner = await users.FindByEmailAsync(notification.OwnerEmail);
        if (owner is not null && !await users.IsInRoleAsync(owner, Roles.VendorOwner))
        {
            await users.AddToRoleAsync(owner, Roles.VendorOwner);
        }
    }
}
