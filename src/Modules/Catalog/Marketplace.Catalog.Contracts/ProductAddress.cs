using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Contracts;

/// <summary>
/// A product's public address, read as words: <c>/products/{cooperative}/{product}</c>
/// ("/products/htx-suoi-giang/tra-shan-tuyet-co-thu"). The address by id a link may still carry
/// answers with a permanent redirect to it, and so does a product's former name after a rename.
/// </summary>
public static class ProductAddress
{
    public static string Of(string vendorSlug, string slug, ProductId id) =>
        vendorSlug.Length > 0 && slug.Length > 0 ? $"/products/{vendorSlug}/{slug}" : $"/products/{id}";
}
