using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Domain;

/// <summary>Something a cooperative sells, in one unit at one price in đồng.</summary>
internal sealed class Product
{
    private Product()
    {
    }

    public Guid Id { get; private set; }

    public Guid VendorId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEnglish { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    /// <summary>The name without diacritics, lower case, for search.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public SaleUnit Unit { get; private set; }

    /// <summary>Net weight of one bag or box; empty for units that are weights themselves.</summary>
    public int? NetWeightGrams { get; private set; }

    public long PriceVnd { get; private set; }

    public int Stock { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Money Price => Money.Dong(PriceVnd);

    public static Product Create(Guid id, Guid vendorId, ProductDraft draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(draft.PriceVnd);
        ArgumentOutOfRangeException.ThrowIfNegative(draft.Stock);
        return new Product
        {
            Id = id,
            VendorId = vendorId,
            Name = draft.Name,
            NameEnglish = draft.NameEnglish,
            Slug = VietnameseText.Slugify(draft.Name),
            SearchName = VietnameseText.Fold(draft.Name),
            Description = draft.Description,
            Unit = draft.Unit,
            NetWeightGrams = draft.NetWeightGrams,
            PriceVnd = draft.PriceVnd,
            Stock = draft.Stock,
            CreatedAt = now,
        };
    }
}

internal sealed record ProductDraft(
    string Name,
    string? NameEnglish,
    string Description,
    SaleUnit Unit,
    int? NetWeightGrams,
    long PriceVnd,
    int Stock);
