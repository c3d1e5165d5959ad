using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Payments.Contracts;

/// <summary>What the alliance owes a cooperative now (its ledger's sum); who may see it is the asker's to check.</summary>
public sealed record GetVendorBalanceQuery(CooperativeId CooperativeId) : IQuery<Money>;

/// <summary>Whether the cooperative has said where its payouts go (a cooperative's first steps ask for it).</summary>
public sealed record HasPayoutAccountQuery(CooperativeId CooperativeId) : IQuery<bool>;
