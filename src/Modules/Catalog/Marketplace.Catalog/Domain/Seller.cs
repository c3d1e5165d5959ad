using Marketplace.SharedKernel;
namespace Marketplace.Catalog.Domain;

/// <summary>
/// Catalog's own record of a cooperative that may sell, kept from the Vendors module's
/// notifications so that listing products never has to ask another module's tables.
/// </summary>
internal sealed class Seller
{
    private Seller()
    {
    }

    public Seller(CooperativeId cooperativeId, string name, string slug, string province, DateTimeOffset since)
    {
        CooperativeId = cooperativeId;
        Name = name;
        Slug = slug;
        Province = province;
        ActiveSince = since;
        IsActive = true;
    }

    public CooperativeId CooperativeId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Slug { get; private set; } = string.Empty;

    public string Province { get; private set; } = string.Empty;

    /// <summary>Approved and not suspended by the admins.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Its new sales are paused until it pays what it owes the alliance (kept apart from a suspension, which the admins lift).</summary>
    public bool PausedForDebt { get; private set; }

    /// <summary>Its products may be shown and bought.</summary>
    public bool Sells => IsActive && !PausedForDebt;

    public DateTimeOffset ActiveSince { get; private set; }

    /// <summary>A seller the Vendors module has not told the catalog about yet: not active.</summary>
    public static Seller NotYetKnown(CooperativeId cooperativeId) => new() { CooperativeId = cooperativeId };

    /// <summary>Approved again after a suspension; the name and slug may have changed meanwhile.</summary>
    public void Activate(string name, string slug, string province, DateTimeOffset since)
    {
        Name = name;
        Slug = slug;
        Province = province;
        IsActive = true;
        ActiveSince = since;
    }

    /// <summary>The storefront was edited; whether it sells does not change.</summary>
    public void Rename(string name, string slug, string province)
    {
        Name = name;
        Slug = slug;
        Province = province;
    }

    /// <summary>Suspended: its products leave the public catalog and cannot be bought.</summary>
    public void Deactivate() => IsActive = false;

    public void PauseForDebt(bool paused) => PausedForDebt = paused;
}
