using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Ordering.Contracts;

/// <summary>
/// What a cooperative's orders and requests for quotation ask of its people now: parts to
/// confirm (paid, or cash on delivery), to pack and to ship; parts still waiting for the buyer's
/// money; requests it has neither quoted nor declined while they are open; returns waiting for its
/// answer; parcels the carrier could not hand over, to try again or send back.
/// </summary>
public sealed record VendorWorkload(
    int ToConfirm, int ToPack, int ToShip, int AwaitingPayment, int RfqsToAnswer, int ReturnsToAnswer = 0, int DeliveriesFailed = 0);

public sealed record GetVendorWorkloadQuery(CooperativeId CooperativeId) : IQuery<VendorWorkload>;
