namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>A product's texts as the create and edit forms post them.</summary>
internal sealed class ProductTextInput
{
    public Guid CategoryId { get; set; }

    public string? Name { get; set; }

    public string? NameEnglish { get; set; }

    public string? Description { get; set; }

    public string? DescriptionEnglish { get; set; }
}
