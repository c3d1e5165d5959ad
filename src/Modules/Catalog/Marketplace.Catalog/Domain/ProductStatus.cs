namespace Marketplace.Catalog.Domain;

/// <summary>What the cooperative chose; an admin's moderation is kept apart (<see cref="Product.HiddenByAdmin"/>).</summary>
internal enum ProductStatus
{
    /// <summary>Being prepared: only the cooperative sees it.</summary>
    Draft = 0,

    /// <summary>On sale.</summary>
    Published = 1,

    /// <summary>Taken off sale by the cooperative (out of season, say), kept for later.</summary>
    Hidden = 2,
}
