using Mediator;

namespace Marketplace.SharedKernel.Security;

/// <summary>
/// The account registered with this e-mail, or null: for a module given only an address (an owner
/// inviting a person to the storefront), which then keeps the account's id. Accounts answers it.
/// </summary>
public sealed record FindAccountQuery(string Email) : IQuery<UserId?>;
