using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.SetShippingTerms;

/// <summary>
/// A member of the cooperative sets how it delivers: its own flat fee and where it delivers itself,
/// the carriers it uses, and the order value from which delivery is free. Where it delivers and
/// its carriers stay as they are when not given (null), so an older client that sends only the
/// fee changes nothing else.
/// </summary>
internal sealed record SetShippingTermsCommand(
    CooperativeId CooperativeId,
    UserId ActorId,
    long FeeVnd,
    long? FreeFromVnd,
    OwnDelivery? OwnDelivery = null,
    IReadOnlyList<DeliveryCarrier>? Carriers = null) : ICommand<Result<ShippingTerms>>, IRunsIn<VendorsTransaction>;
