using System.Globalization;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.SupportAccess;

/// <summary>An entry of the support history in words a cooperative reads: what was done, or what the owner allowed.</summary>
internal static class SupportWords
{
    public static string What(IStringLocalizer text, AuditEntryView entry) => entry.Action switch
    {
        SupportActs.Acted => text["act." + entry.Reason] is { ResourceNotFound: false } known
            ? known.Value
            : text["act.other", entry.Reason ?? string.Empty].Value,
        GrantSupportHandler.Granted => text["support.granted.entry", EndOf(entry)].Value,
        GrantSupportHandler.Ended => text["support.ended.entry"].Value,
        _ => entry.Action,
    };

    private static string EndOf(AuditEntryView entry) =>
        DateTimeOffset.TryParse(entry.After, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var endsAt)
            ? endsAt.InVietnam().ToString("g", CultureInfo.CurrentCulture)
            : entry.After;
}
