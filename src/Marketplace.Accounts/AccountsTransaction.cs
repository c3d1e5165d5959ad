using Marketplace.SharedKernel.Persistence;

namespace Marketplace.Accounts;

/// <summary>
/// The accounts' transaction, by name. Identity's UserManager saves each change it makes, so
/// account commands own theirs (<c>IOwnsTransaction&lt;AccountsTransaction&gt;</c>).
/// </summary>
public sealed class AccountsTransaction : IModuleTransaction
{
    private AccountsTransaction()
    {
    }
}
