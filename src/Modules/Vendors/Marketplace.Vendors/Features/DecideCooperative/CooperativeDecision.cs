
namespace Marketplace.Vendors.Features.DecideCooperative;

/// <summary>What an alliance admin can decide about a cooperative.</summary>
internal enum CooperativeDecision
{
    Approve,
    Reject,
    RequestChanges,
    Suspend,
    Reinstate,
}
