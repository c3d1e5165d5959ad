using Mediator;

namespace Marketplace.Payments.Contracts;

/// <summary>A foreign currency's rate in force: đồng for one unit, set by an admin at <see cref="SetAt"/>.</summary>
public sealed record ExchangeRateView(string Currency, decimal VndPerUnit, DateTimeOffset SetAt);

/// <summary>The rate in force for showing prices in this currency (USD, JPY); null until an admin sets one.</summary>
public sealed record GetExchangeRateQuery(string Currency) : IQuery<ExchangeRateView?>;
