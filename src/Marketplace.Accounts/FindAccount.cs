using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts;

internal sealed class FindAccountHandler(UserManager<MarketplaceUser> users) : IQueryHandler<FindAccountQuery, UserId?>
{
    public async ValueTask<UserId?> Handle(FindAccountQuery query, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(query.Email.Trim()) is { } user ? UserId.From(user.Id) : null;
}
