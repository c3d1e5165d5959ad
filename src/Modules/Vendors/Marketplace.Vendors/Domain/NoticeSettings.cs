using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Notices;

namespace Marketplace.Vendors.Domain;

/// <summary>
/// How a person wants to hear of their cooperatives' events besides the notification centre:
/// Zalo and/or SMS at one phone number, and hours (Vietnam time) when the phone stays quiet;
/// what comes then is sent when they end.
/// </summary>
internal sealed class NoticeSettings
{
    private NoticeSettings()
    {
    }

    public NoticeSettings(UserId userId) => UserId = userId;

    public UserId UserId { get; private set; }

    /// <summary>National form, "0912345678".</summary>
    public string? Phone { get; private set; }

    public bool Zalo { get; private set; }

    public bool Sms { get; private set; }

    public TimeOnly? QuietFrom { get; private set; }

    public TimeOnly? QuietUntil { get; private set; }

    public IEnumerable<NoticeChannel> Channels =>
        Phone is null ? [] : new[] { (Zalo, NoticeChannel.Zalo), (Sms, NoticeChannel.Sms) }.Where(c => c.Item1).Select(c => c.Item2);

    public void Change(string? phone, bool zalo, bool sms, TimeOnly? quietFrom, TimeOnly? quietUntil) =>
        (Phone, Zalo, Sms, QuietFrom, QuietUntil) = (phone, zalo, sms, quietFrom, quietUntil);

    /// <summary>When a notice due at <paramref name="local"/> (Vietnam time) may go: then, or at the end of the quiet hours it falls in.</summary>
    public DateTime SendableFrom(DateTime local)
    {
        if (QuietFrom is not { } from || QuietUntil is not { } until || from == until)
        {
            return local;
        }

        var time = TimeOnly.FromDateTime(local);
        var quiet = from < until ? time >= from && time < until : time >= from || time < until;
        if (!quiet)
        {
            return local;
        }

        // Across midnight (22:00–06:00) the hours after 22:00 end the next morning.
        var end = local.Date + until.ToTimeSpan();
        return end > local ? end : end.AddDays(1);
    }
}
