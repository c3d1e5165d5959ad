using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Payments.Contracts;

/// <summary>What the alliance owes a cooperative now (its ledger's sum); who may see it is the asker's to check.</summary>
public sealed record GetVendorBalanceQuery(CooperativeId CooperativeId) : IQuery<Money>;
