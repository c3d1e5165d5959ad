using Marketplace.SharedKernel.Web;

namespace Marketplace.Catalog.Features.NewProduct;

/// <summary>The guided new-product form as it posts: one product, its first pack, a picture, a few wholesale rows.</summary>
internal sealed class NewProductInput
{
    public const int TierRows = 3;

    public string? Kind { get; set; }

    public Guid CategoryId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Unit { get; set; } = "kg";

    public int? NetWeightGrams { get; set; }

    [VndAmount]
    public long? PriceVnd { get; set; }

    public int? Stock { get; set; }

    /// <summary>"From N units" of each wholesale row; a row left empty is no row.</summary>
    public int?[] TierFrom { get; set; } = new int?[TierRows];

    /// <summary>The price of each wholesale row, typed as prices are ("430.000", "430k").</summary>
    public string?[] TierPrice { get; set; } = new string?[TierRows];

    public bool Publish { get; set; } = true;

    /// <summary>The harvest on hand, in kg: when given, the product starts with its lot (coded, dated today, where the cooperative is).</summary>
    public int? HarvestQuantity { get; set; }

    /// <summary>Only a place for the picture's messages: the file itself comes as its own form part.</summary>
    public string? Picture { get; set; }

    public static NewProductInput For(ProduceKind? kind, Guid categoryId) => kind is null
        ? new NewProductInput()
        : new NewProductInput
        {
            Kind = kind.Key,
            CategoryId = categoryId,
            Name = kind.Name,
            Description = kind.Description,
            Unit = kind.Unit,
            NetWeightGrams = kind.NetWeightGrams,
        };
}
