using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts;

/// <summary>Registers a shopper. The page and the API both send it, so the rules live here once.</summary>
public sealed record RegisterAccountCommand(string Email, string Password, string DisplayName, string Culture)
    : ICommand<Result<RegisteredAccount>>, IOwnsTransaction<AccountsTransaction>;

public sealed record RegisteredAccount(Guid UserId, string Email, string DisplayName);

internal sealed class RegisterAccountHandler(UserManager<MarketplaceUser> users, ISender sender, TimeProvider clock)
    : ICommandHandler<RegisterAccountCommand, Result<RegisteredAccount>>
{
    public async ValueTask<Result<RegisteredAccount>> Handle(RegisterAccountCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var user = new MarketplaceUser
        {
            UserName = email,
            Email = email,
            DisplayName = command.DisplayName.Trim(),
            PreferredCulture = command.Culture,
            CreatedAt = clock.GetUtcNow(),
        };

        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            // Identity describes its errors in the request's language (see the error describer).
            var fields = created.Errors
                .GroupBy(e => FieldOf(e.Code), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray(), StringComparer.Ordinal);
            return Error.Validation(fields);
        }

        await users.AddToRoleAsync(user, Roles.Shopper);

        // Joins this transaction (ADR 0005): the account and the invitations it takes up commit together.
        await sender.Send(new TakeUpInvitationsCommand(UserId.From(user.Id), email), cancellationToken);
        return new RegisteredAccount(user.Id, email, user.DisplayName);
    }

    private static string FieldOf(string identityErrorCode) =>
        identityErrorCode.StartsWith("Password", StringComparison.Ordinal)
            ? nameof(RegisterAccountCommand.Password)
            : nameof(RegisterAccountCommand.Email);
}
