using Mediator;

namespace Marketplace.SharedKernel.Security;

/// <summary>
/// The account registered with this e-mail, or null: for a module given only an address (an owner
/// inviting a person to the storefront), which then keeps the account's id. Accounts answers it.
/// </summary>
public sealed record FindAccountQuery(string Email) : IQuery<UserId?>;

/// <summary>
/// When each account opened between two instants (the first included, the second not) was
/// opened: for the alliance's report of who joined. Accounts answers it.
/// </summary>
public sealed record ListAccountsOpenedQuery(DateTimeOffset From, DateTimeOffset Until) : IQuery<IReadOnlyList<DateTimeOffset>>;
