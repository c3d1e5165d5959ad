using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.SetShippingTerms;

/// <summary>A member of the cooperative sets its flat delivery fee and the order value from which delivery is free.</summary>
internal sealed record SetShippingTermsCommand(CooperativeId CooperativeId, UserId ActorId, long FeeVnd, long? FreeFromVnd)
    : ICommand<Result<ShippingTerms>>, IRunsIn<VendorsTransaction>;
