using System.Linq.Expressions;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;

namespace Marketplace.Vendors.Data;

internal static class AuditProjection
{
    public static readonly Expression<Func<AuditEntry, AuditEntryView>> ToView = e => new AuditEntryView(
        e.Id, e.OccurredAt, e.ActorUserId, e.ActorName, e.Action, e.SubjectType, e.SubjectId, e.SubjectName, e.Reason, e.Before, e.After);
}
