using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts;

/// <summary>
/// The person of a verified business account becomes a BulkBuyer: volume prices, bulk orders
/// and quotations. Adding a role the user already has is skipped, so a second delivery changes nothing.
/// </summary>
internal sealed class GrantBulkBuyerRoleHandler(UserManager<MarketplaceUser> users) : INotificationHandler<BusinessBuyerVerifiedIntegrationEvent>
{
    public async ValueTask Handle(BusinessBuyerVerifiedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var buyer = await users.FindByEmailAsync(notification.AccountEmail);
        if (buyer is not null && !await users.IsInRoleAsync(buyer, Roles.BulkBuyer))
        {
            await users.AddToRoleAsync(buyer, Roles.BulkBuyer);
        }
    }
}
