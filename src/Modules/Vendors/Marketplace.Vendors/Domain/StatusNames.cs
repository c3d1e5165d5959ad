using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.DecideCooperative;

namespace Marketplace.Vendors.Domain;

internal static class StatusNames
{
    public static string Vietnamese(CooperativeStatus status) => status switch
    {
        CooperativeStatus.Pending => "chờ duyệt",
        CooperativeStatus.Approved => "đã duyệt",
        CooperativeStatus.Rejected => "bị từ chối",
        CooperativeStatus.Suspended => "tạm ngừng",
        CooperativeStatus.ChangesRequested => "cần bổ sung",
        _ => status.ToString(),
    };

    public static string English(CooperativeStatus status) => status switch
    {
        CooperativeStatus.ChangesRequested => "waiting for changes",
        _ => status.ToString().ToLowerInvariant(),
    };
}

internal static class DecisionNames
{
    public static string Vietnamese(CooperativeDecision decision) => decision switch
    {
        CooperativeDecision.Approve => "duyệt",
        CooperativeDecision.Reject => "từ chối",
        CooperativeDecision.RequestChanges => "yêu cầu bổ sung",
        CooperativeDecision.Suspend => "tạm ngừng",
        CooperativeDecision.Reinstate => "mở lại",
        _ => decision.ToString(),
    };

    public static string EnglishPast(CooperativeDecision decision) => decision switch
    {
        CooperativeDecision.Approve => "approved",
        CooperativeDecision.Reject => "rejected",
        CooperativeDecision.RequestChanges => "sent back for changes",
        CooperativeDecision.Suspend => "suspended",
        CooperativeDecision.Reinstate => "reinstated",
        _ => decision.ToString(),
    };
}
