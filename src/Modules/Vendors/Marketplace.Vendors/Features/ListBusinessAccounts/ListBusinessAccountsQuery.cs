using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.ListBusinessAccounts;

/// <summary>The admins' queue of business accounts, optionally of one status.</summary>
internal sealed record ListBusinessAccountsQuery(string? Status) : IQuery<IReadOnlyList<BusinessAccountView>>;
